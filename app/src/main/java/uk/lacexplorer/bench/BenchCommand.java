package uk.lacexplorer.bench;

import picocli.CommandLine.Command;

/** {@code ./lacx bench ...}: performance measurements (not tests). */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure how long the main jobs take (median and minimum of several runs).",
    subcommands = {DatasetBench.class})
public final class BenchCommand {
}
