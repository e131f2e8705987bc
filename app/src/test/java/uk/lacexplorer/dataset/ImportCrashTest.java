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
 * child process. One run to the end gives the time it takes; then each of 10 trials starts from the same migrated but empty
 * database, SIGKILLs the child at a random point of that run (fixed seed), and opens the file again: it must open,
 * and hold either every value of the dataset with the dataset's fingerprint, or none and no fingerprint. The kills
 * must land while the load was writing (the file grew but holds nothing) in some trials, and a killed database must
 * load the whole dataset on the next run. The second test does the same for {@code ./lacx import} of an official file.
 */
class ImportCrashTest {
  static final int TRIALS = Integer.getInteger("lacx.importCrash.trials", 10);
  static final int IMPORT_TRIALS = Integer.getInteger("lacx.importCrash.importTrials", 10);
  @TempDir
  Path folder;

  record Contents(long observations, long sources, Optional<String> fingerprint) {
  }

  @Test
  @Timeout(value = 100)
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

  /**
   * The same for {@code ./lacx import} of an official file: a DfE EES rates file written here for every English
   * authority and 40 years (42,840 values; the years up to 2023 change values the shipped dataset holds, so a kill
   * must also leave those unchanged), imported into a database holding the shipped dataset. Each file after a kill
   * holds exactly what it held before the import, or exactly what a finished import leaves.
   */
  @Test
  @Timeout(value = 100)
  void anImportOfAnOfficialFileKilledAtAnyPointIsWhollyPresentOrWhollyAbsent() throws Exception {
    Path loaded = folder.resolve("loaded");
    Database.openEmbedded(loaded).close();
    Process load = start(loaded, "areas", "--nation", "wales");
    assertThat(load.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> before = digest(loaded);
    Path file = eesFile(folder.resolve("la_cla_rates.csv"));

    Path reference = copy(loaded, folder.resolve("import-reference"));
    long started = System.nanoTime();
    Process whole = start(reference, "import", "dfe-ees-rates", file.toString());
    assertThat(whole.waitFor(60, TimeUnit.SECONDS)).isTrue();
    long runNanos = System.nanoTime() - started;
    assertThat(whole.exitValue()).as(Files.readString(reference.resolve("child.log"))).isZero();
    assertThat(Files.readString(reference.resolve("child.log"))).as("the import changes stored values too")
        .containsPattern(" [1-9][0-9]* changed \\(flagged revised\\)");
    List<String> after = digest(reference);
    assertThat(after).isNotEqualTo(before);

    Random random = new Random(1415);
    long loadedSize = Files.size(loaded.resolve("lacx.mv.db"));
    int killedWhileRunning = 0;
    int killedWhileWriting = 0;
    int absent = 0;
    for (int trial = 0; trial < IMPORT_TRIALS; trial++) {
      Path home = copy(loaded, folder.resolve("import-trial-" + trial));
      long delay = (long) (runNanos * (0.2 + 0.8 * random.nextDouble()));
      Process child = start(home, "import", "dfe-ees-rates", file.toString());
      boolean killed = !child.waitFor(delay, TimeUnit.NANOSECONDS);
      if (killed) {
        killedWhileRunning++;
        child.destroyForcibly().waitFor();   // SIGKILL on Linux
        if (Files.size(home.resolve("lacx.mv.db")) > loadedSize) killedWhileWriting++;
      }
      List<String> now = digest(home);
      assertThat(now).as("import trial %d, killed after %d ms of %d ms", trial, delay / 1_000_000, runNanos / 1_000_000)
          .isIn(before, after);
      if (now.equals(before)) absent++;
    }
    System.out.printf("ImportCrashTest (import): %d trials, import %d ms, %d killed while running, %d of them while "
        + "writing, %d left it absent%n", IMPORT_TRIALS, runNanos / 1_000_000, killedWhileRunning, killedWhileWriting, absent);
    assertThat(killedWhileRunning).as("kills that interrupted the import").isGreaterThanOrEqualTo(IMPORT_TRIALS / 2);
    assertThat(absent).as("kills before the commit").isPositive();
    assertThat(killedWhileWriting).as("kills while the import was writing to the file").isPositive();
  }

  /** Per source: how many values and their sum, and each source's row: changes if any value is added or changed. */
  static List<String> digest(Path home) {
    Database database = Database.openEmbedded(home);
    try {
      return database.jdbi().withHandle(handle -> handle.createQuery("""
              SELECT o.source_id || ' ' || COUNT(*) || ' ' || ROUND(COALESCE(SUM(o.obs_value), 0), 3) || ' '
                || SUM(CASE WHEN o.flags LIKE '%revised%' THEN 1 ELSE 0 END) FROM observation o
              GROUP BY o.source_id ORDER BY o.source_id""").mapTo(String.class).list()
          .stream().collect(java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), rows -> {
            rows.add("sources " + handle.createQuery("SELECT COUNT(*) FROM data_source").mapTo(Long.class).one());
            return rows;
          })));
    } finally {
      database.close();
    }
  }

  /** A DfE EES "number and rate per 10,000" file for every current English authority, 2014 to 2053. */
  static Path eesFile(Path file) throws IOException {
    Dataset shipped = DatasetFiles.read(DatasetFiles.Location.classpath());
    List<uk.lacexplorer.area.Area> authorities = shipped.areas().stream()
        .filter(area -> area.nation() == uk.lacexplorer.area.Nation.ENGLAND
            && area.type() == uk.lacexplorer.area.AreaType.LOCAL_AUTHORITY && area.validTo() == null).toList();
    List<String> labels = List.of("Children ceasing to be looked after each year",
        "Children looked after at 31 March each year", "Children starting to be looked after each year");
    StringBuilder text = new StringBuilder("time_period,time_identifier,geographic_level,country_code,country_name,"
        + "region_code,region_name,old_la_code,la_name,new_la_code,population_count,population_estimate,number,"
        + "rate_per_10000\n");
    for (int year = 2014; year < 2054; year++) {
      for (int i = 0; i < authorities.size(); i++) {
        for (int j = 0; j < labels.size(); j++) {
          int population = 40_000 + i;
          int number = 100 + j + i % 50 + year % 7;
          text.append(year).append(",Reporting year,Local authority,E92000001,England,,,,")
              .append(authorities.get(i).nameEn().replace(",", " ")).append(',').append(authorities.get(i).code().value())
              .append(',').append(labels.get(j)).append(',').append(population).append(',').append(number).append(',')
              .append(Math.round(number * 10_000.0 / population)).append('\n');
        }
      }
    }
    return Files.writeString(file, text);
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
    return start(home, "areas", "--nation", "wales");
  }

  /** {@code ./lacx ARGS} on the home as a child process, its output in {@code child.log}. */
  private static Process start(Path home, String... args) throws IOException {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
        "uk.lacexplorer.Main"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("LACX_HOME", home.toString());
    builder.environment().remove("LACX_DATASET");
    builder.environment().remove("LACX_DB_URL");
    builder.redirectErrorStream(true).redirectOutput(home.resolve("child.log").toFile());
    return builder.start();
  }
}
