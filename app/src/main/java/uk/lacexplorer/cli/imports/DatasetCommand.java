package uk.lacexplorer.cli.imports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetBuilder;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.i18n.Arg;

@Command(name = "dataset", mixinStandardHelpOptions = true,
    description = "Build the curated dataset that LAC Explorer ships, from the raw official files.",
    subcommands = {DatasetCommand.Build.class})
public final class DatasetCommand {

  @Command(name = "build", mixinStandardHelpOptions = true,
      description = {"Regenerate the shipped dataset (the project's tidy CSV format) from the raw folder",
          "with the same importers as ./lacx import. Deterministic: the same raw files give the same bytes."})
  static final class Build implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--raw", required = true, description = "Folder of raw official files (e.g. ../shared/data/raw).")
    Path raw;

    @Option(names = "--out", defaultValue = "dataset", description = "Where to write the dataset (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
      if (!Files.isDirectory(raw)) throw UserError.of("error.dataset.noRawFolder", Arg.option("raw"), raw);
      long start = System.nanoTime();
      Dataset dataset = new DatasetBuilder().build(raw);
      DatasetFiles.write(dataset, out);
      PrintWriter printer = spec.commandLine().getOut();
      printer.printf("Wrote %s: %d areas, %d sources, %d observations in %.1f s.%n", out, dataset.areas().size(),
          dataset.sources().size(), dataset.observations().size(), (System.nanoTime() - start) / 1e9);
      printer.flush();
      return 0;
    }
  }
}
