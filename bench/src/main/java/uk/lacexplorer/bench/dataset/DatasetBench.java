package uk.lacexplorer.bench.dataset;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetBuilder;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.dataset.DatasetLoader;
import uk.lacexplorer.store.Database;
import uk.lacexplorer.store.JdbcObservationStore;

/**
 * Times building the shipped dataset from the raw folder, and loading the shipped dataset into a fresh embedded
 * database as the first start does (an H2 file in a temporary folder): reading the tidy files, then writing them.
 */
public final class DatasetBench {
  private final Path raw;
  private final int runs;

  DatasetBench(Path raw, int runs) {
    this.raw = raw;
    this.runs = runs;
  }

  /** {@code DatasetBench RAW_FOLDER [RUNS]} (RUNS timed runs of each step after one warm-up; default 5). */
  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: DatasetBench RAW_FOLDER [RUNS]");
      System.exit(2);
    }
    new DatasetBench(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 5).run(new PrintWriter(System.out));
  }

  void run(PrintWriter out) throws IOException {
    if (!Files.isDirectory(raw)) throw new IllegalArgumentException(raw + ": no such folder");
    if (runs < 1) throw new IllegalArgumentException("runs must be at least 1");
    Timings build = new Timings("build dataset from raw");
    Dataset built = new DatasetBuilder().build(raw);
    for (int i = 0; i < runs; i++) built = build.time(() -> new DatasetBuilder().build(raw));
    int observations = built.observations().size();
    out.println(build.line(observations));
    out.flush();

    Timings read = new Timings("read shipped dataset (tidy CSV from the jar)");
    Timings open = new Timings("open + migrate a fresh H2 file database");
    Timings load = new Timings("load into the store (one transaction)");
    Timings firstStart = new Timings("first start total (read + open + load)");
    once(new Timings("warm-up"), new Timings("warm-up"), new Timings("warm-up"), new Timings("warm-up"));
    for (int i = 0; i < runs; i++) once(read, open, load, firstStart);
    out.println(read.line(observations));
    out.println(open.line(0));
    out.println(load.line(observations));
    out.println(firstStart.line(observations));
    out.printf("%d observations, %d areas, %d sources; %d processors, system load average %.1f%n", observations,
        built.areas().size(), built.sources().size(), Runtime.getRuntime().availableProcessors(),
        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    out.flush();
  }

  private void once(Timings read, Timings open, Timings load, Timings firstStart) throws IOException {
    Path home = Files.createTempDirectory("lacx-bench");
    try {
      firstStart.time(() -> {
        DatasetFiles.Location location = DatasetFiles.Location.classpath();
        Dataset dataset = read.time(() -> DatasetFiles.read(location));
        Database database = open.time(() -> Database.open(Database.embeddedUrl(home)));
        try (database) {
          JdbcObservationStore store = new JdbcObservationStore(database);
          String fingerprint = DatasetFiles.fingerprint(location);
          return load.time(() -> {
            store.loadDataset(DatasetLoader.SHIPPED, fingerprint, dataset.areas(), dataset.aliases(), dataset.sources(),
                dataset.observations());
            return null;
          });
        }
      });
    } finally {
      try (Stream<Path> files = Files.walk(home)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (UncheckedIOException e) {
        // a leftover temporary folder is harmless
      }
    }
  }
}
