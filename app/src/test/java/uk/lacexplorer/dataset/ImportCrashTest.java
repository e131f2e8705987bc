package uk.lacexplorer.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.store.Database;

/**
 * Issue 14, item 1, second half: an import killed half-way is wholly absent, never partly there. The import is the
 * largest one the application makes: the shipped dataset (about 134,000 values, 190 areas) loaded into a new embedded
 * database by the first command that needs it, here {@code java -cp <test class path> uk.lacexplorer.Main areas} as a
 * child process. One run to the end gives the time it takes; then each trial starts from the same migrated but empty
 * database, SIGKILLs the child at a random point of that run (fixed seed), and opens the file again: it must open,
 * and hold either every value of the dataset with the dataset's fingerprint, or none and no fingerprint. The kills
 * must land while the load was writing (the file grew but holds nothing) in some trials, and a killed database must
 * load the whole dataset on the next run.
 */
class ImportCrashTest {
  static final int TRIALS = Integer.getInteger("lacx.importCrash.trials", 12);
  @TempDir
  Path folder;

  record Contents(long observations, long sources, Optional<String> fingerprint) {
  }

  @Test
  @Timeout(value = 75)
  void anImportKilledAtAnyPointIsWhollyPresentOrWhollyAbsent() throws Exception {
    Path pristine = folder.resolve("pristine");
    Database.openEmbedded(pristine).close();
    long emptySize = Files.size(pristine.resolve("lacx.mv.db"));
    Dataset shipped = DatasetFiles.read(DatasetFiles.Location.classpath());
    String fingerprint = DatasetFiles.fingerprint(DatasetFiles.Location.classpath());
    long expected = shipped.observations().size();
    assertThat(expected).as("a dataset big enough to be killed half-way").isGreaterThan(100_000);

    Path reference = copy(pristine, folder.resolve("reference"));
    long started = System.nanoTime();
    Process whole = start(reference);
    assertThat(whole.waitFor(60, TimeUnit.SECONDS)).as("the load finishes").isTrue();
    long runNanos = System.nanoTime() - started;
    assertThat(whole.exitValue()).as(Files.readString(reference.resolve("child.log"))).isZero();
    assertThat(contents(reference)).isEqualTo(new Contents(expected, shipped.sources().size(), Optional.of(fingerprint)));

    Random random = new Random(1414);
    int killedWhileRunning = 0;
    int killedWhileWriting = 0;
    int present = 0;
    Path lastAbsent = null;
    for (int trial = 0; trial < TRIALS; trial++) {
      Path home = copy(pristine, folder.resolve("trial-" + trial));
      long delay = (long) (runNanos * (0.2 + 0.8 * random.nextDouble()));
      Process child = start(home);
      boolean ended = child.waitFor(delay, TimeUnit.NANOSECONDS);
      if (!ended) {
        killedWhileRunning++;
        child.destroyForcibly().waitFor();   // SIGKILL on Linux
      }
      long size = Files.size(home.resolve("lacx.mv.db"));
      Contents after = contents(home);
      String what = "trial " + trial + ", killed after " + delay / 1_000_000 + " ms of a " + runNanos / 1_000_000 + " ms load";
      if (after.observations() == 0) {
        assertThat(after).as(what).isEqualTo(new Contents(0, 0, Optional.empty()));
        if (!ended && size > emptySize) killedWhileWriting++;
        lastAbsent = home;
      } else {
        assertThat(after).as(what).isEqualTo(new Contents(expected, shipped.sources().size(), Optional.of(fingerprint)));
        present++;
      }
    }
    System.out.printf("ImportCrashTest: %d trials, load %d ms, %d killed while running, %d of them while writing, "
        + "%d wholly present%n", TRIALS, runNanos / 1_000_000, killedWhileRunning, killedWhileWriting, present);
    assertThat(killedWhileRunning).as("kills that interrupted the load").isGreaterThanOrEqualTo(TRIALS / 2);
    assertThat(killedWhileWriting).as("kills while the load was writing to the file").isPositive();

    assertThat(lastAbsent).as("a trial left the dataset absent").isNotNull();
    Process again = start(lastAbsent);
    assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(again.exitValue()).as(Files.readString(lastAbsent.resolve("child.log"))).isZero();
    assertThat(contents(lastAbsent)).as("the next run after a kill loads it whole")
        .isEqualTo(new Contents(expected, shipped.sources().size(), Optional.of(fingerprint)));
  }

  /** The observations, sources and dataset fingerprint the file holds, read by opening it as the application does. */
  static Contents contents(Path home) {
    Database database = Database.openEmbedded(home);
    try {
      return database.jdbi().withHandle(handle -> new Contents(
          handle.createQuery("SELECT COUNT(*) FROM observation").mapTo(Long.class).one(),
          handle.createQuery("SELECT COUNT(*) FROM data_source").mapTo(Long.class).one(),
          handle.createQuery("SELECT fingerprint FROM dataset_state WHERE dataset_name = :name")
              .bind("name", DatasetLoader.SHIPPED).mapTo(String.class).findOne()));
    } finally {
      database.close();
    }
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    for (String name : List.of("lacx.mv.db", "db.password")) {
      Files.copy(from.resolve(name), to.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
    }
    return to;
  }

  /** The first command on the new database, which loads the shipped dataset (from the class path) before answering. */
  private static Process start(Path home) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), "uk.lacexplorer.Main",
        "areas", "--nation", "wales");
    builder.environment().put("LACX_HOME", home.toString());
    builder.environment().remove("LACX_DATASET");
    builder.environment().remove("LACX_DB_URL");
    builder.redirectErrorStream(true).redirectOutput(home.resolve("child.log").toFile());
    return builder.start();
  }
}
