package uk.lacexplorer.stats.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every test class of every module is run by the build: a source file under {@code src/test/java} that declares a
 * test ({@code @Test}, {@code @Property}, {@code @ParameterizedTest}, …) must be named as Surefire ({@code *Test},
 * {@code *Tests}, {@code Test*}) or Failsafe ({@code *IT}) picks it up — otherwise its tests silently never run.
 */
class TestSourcesRunTest {
  private static final Pattern DECLARES_TESTS = Pattern.compile(
      "@(Test|Property|ParameterizedTest|RepeatedTest|TestFactory|TestTemplate|Example|FuzzTest)\\b");
  private static final Pattern PICKED_UP = Pattern.compile("(Test.*|.*Test|.*Tests|.*TestCase|.*IT|IT.*)\\.java");

  @Test
  void everyTestSourceIsNamedSoTheBuildRunsIt() throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    List<String> missed;
    try (Stream<Path> files = Files.walk(root)) {
      missed = files.filter(file -> file.toString().replace('\\', '/').contains("/src/test/java/"))
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.toString().contains("/target/"))
          .filter(file -> DECLARES_TESTS.matcher(read(file)).find())
          .filter(file -> !PICKED_UP.matcher(file.getFileName().toString()).matches())
          .map(file -> root.relativize(file).toString())
          .toList();
    }
    assertThat(missed).as("test sources the build would never run").isEmpty();
  }

  @Test
  void theCheckSeesATestSourceThatWouldBeMissed() {
    assertThat(DECLARES_TESTS.matcher("class FunnelProperties { @Property void monotone() {} }").find()).isTrue();
    assertThat(PICKED_UP.matcher("FunnelProperties.java").matches()).isFalse();
    assertThat(PICKED_UP.matcher("FunnelPropertiesTest.java").matches()).isTrue();
    assertThat(PICKED_UP.matcher("SelfevalIT.java").matches()).isTrue();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
