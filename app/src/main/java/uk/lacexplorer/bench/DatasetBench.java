package uk.lacexplorer.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.i18n.UserError;
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
@Command(name = "dataset", mixinStandardHelpOptions = true,
    description = {"Time the dataset build from the raw folder and the first-start load into a fresh embedded database."})
public final class DatasetBench implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--raw", required = true, description = "Folder of raw official files (e.g. ../shared/data/raw).")
  Path raw;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs of each step after one warm-up (default: ${DEFAULT-VALUE}).")
  int runs;

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(raw)) throw new UserError("--raw " + raw + ": no such folder");
    if (runs < 1) throw new UserError("--runs must be at least 1");
    PrintWriter out = spec.commandLine().getOut();
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
    return 0;
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
