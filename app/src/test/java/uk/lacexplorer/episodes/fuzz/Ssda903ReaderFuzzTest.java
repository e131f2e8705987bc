package uk.lacexplorer.episodes.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Ssda903Fixture;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.fuzz.ImporterFuzzTest;

/**
 * The SSDA903 reader and everything after it (validation, flows, periods, profiles) on jqwik-driven mutations of a
 * complete return (every table of the layout, {@link Ssda903Fixture#clean()}): odd cells, deleted and repeated lines,
 * cut-off files, flipped bytes, in one to three of its files. Each try must end in an answer (findings are how a
 * return's mistakes are reported) or a one-line UserError within 10 seconds, never another exception or a hang.
 */
class Ssda903ReaderFuzzTest {
  private static ExecutorService runner;
  private static Path folder;
  private static Path clean;
  private static final java.util.concurrent.atomic.AtomicInteger TRY = new java.util.concurrent.atomic.AtomicInteger();

  @BeforeContainer
  static void open() throws IOException {
    runner = Executors.newSingleThreadExecutor(r -> {
      Thread thread = new Thread(r, "fuzz-903");
      thread.setDaemon(true);
      return thread;
    });
    folder = Files.createTempDirectory("lacx-fuzz-903");
    clean = Ssda903Fixture.clean().writeTo(folder.resolve("clean"));
  }

  @AfterContainer
  static void close() {
    runner.shutdownNow();
  }

  @Property(tries = 200, seed = "903")
  void anyMutatedReturnEndsInFindingsOrAUserError(@ForAll long seed) throws Exception {
    Random random = new Random(seed);
    Path dir = Files.createDirectories(folder.resolve(TRY.incrementAndGet() + "").resolve("E06000001"));
    List<Path> files;
    try (Stream<Path> listed = Files.list(clean)) {
      files = listed.sorted().toList();
    }
    for (Path file : files) Files.copy(file, dir.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    int changed = 1 + random.nextInt(3);
    for (int i = 0; i < changed; i++) {
      Path target = dir.resolve(files.get(random.nextInt(files.size())).getFileName());
      Files.write(target, ImporterFuzzTest.mutate(Files.readAllBytes(target), false, random));
    }
    Future<Object> attempt = runner.submit(() -> {
      try {
        return new EpisodeService().processOne(dir, new EpisodeService.Request(dir, null, null, null,
            EnumSet.allOf(EpisodeService.Work.class), 1, new Dates(2030)));
      } catch (UserError expected) {
        return expected;
      }
    });
    Object outcome;
    try {
      outcome = attempt.get(10, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      attempt.cancel(true);
      fail("a mutated return took more than 10 s (seed %d)", seed);
      return;
    } catch (ExecutionException e) {
      throw new AssertionError("a mutated return (seed %d, %s) ended in %s".formatted(seed, dir, e.getCause()), e.getCause());
    }
    if (outcome instanceof UserError error) {
      assertThat(error.getMessage()).as("one line").doesNotContain("\n").isNotBlank();
    } else {
      assertThat(outcome).isInstanceOf(uk.lacexplorer.episodes.AuthorityResult.class);
    }
  }
}
