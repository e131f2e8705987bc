package uk.lacexplorer.cli.bench;

import picocli.CommandLine.Command;
import uk.lacexplorer.bench.DatasetBench;

/** {@code ./lacx bench ...}: performance measurements (not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure how long the main jobs take (median and minimum of several runs).",
    subcommands = {DatasetBench.class})
public final class BenchCommand {
}
