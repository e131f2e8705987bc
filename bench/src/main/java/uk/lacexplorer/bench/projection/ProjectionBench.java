package uk.lacexplorer.bench.projection;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.store.Database;

/**
 * Aggregate projections for every authority of both nations (5 years, baseline and intervals) on the shipped
 * dataset in an in-memory database, warm: {@link #everyAuthority} one projection after another as the service answers
 * a single one, and {@link #everyAuthorityAtOnce} through {@code ProjectionService.runAll}, which reads each nation's
 * series and learns its dynamics once. Set-up checks the two give the same projections.
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main ProjectionBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ProjectionBench {
  private Application app;
  private List<String> codes;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    app = new Application(new Config(Files.createTempDirectory("lacx-projection-bench"),
        Database.inMemoryUrl("projection-bench-" + System.nanoTime()), null, null, DatasetFiles.Location.classpath()));
    List<ProjectionResult> all = app.projection().runAll(5);
    codes = all.stream().map(ProjectionResult::areaCode).toList();
    int differ = 0;
    for (ProjectionResult result : all) {
      if (!app.projection().run(result.request()).equals(result)) differ++;
    }
    System.out.printf("%n%d authorities projected (%d Welsh); %d differ from one-at-a-time projections%n", all.size(),
        all.stream().filter(r -> r.nation().equals(Nation.WALES.id())).count(), differ);
    if (differ > 0) throw new IllegalStateException(differ + " projections differ");
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    app.close();
  }

  @Benchmark
  public int everyAuthority() {
    int n = 0;
    for (String code : codes) {
      n += app.projection().run(uk.lacexplorer.projection.ProjectionRequest.parse(code, "5",
          uk.lacexplorer.projection.Scenario.NONE)).years().size();
    }
    return n;
  }

  @Benchmark
  public int everyAuthorityAtOnce() {
    return app.projection().runAll(5).size();
  }
}
