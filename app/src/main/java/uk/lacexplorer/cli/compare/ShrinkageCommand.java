package uk.lacexplorer.cli.compare;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.CountOptions;
import uk.lacexplorer.compare.ShrinkageRequest;
import uk.lacexplorer.compare.ShrinkageTable;
import uk.lacexplorer.output.Output;

@Command(name = "shrinkage", mixinStandardHelpOptions = true,
    description = {"Empirical-Bayes (Poisson-gamma) estimates of each authority's rate per 10,000 beside the raw rate:",
        "small authorities move towards the average by as much as their size warrants. Never a replacement for the raw rate."})
public final class ShrinkageCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--year", required = true)
  String year;

  @Mixin
  CountOptions counts;

  @Override
  protected Output output(Application app) {
    return ShrinkageTable.output(app.shrinkage().run(new ShrinkageRequest(counts.request(nation, year))));
  }
}
