package uk.lacexplorer.cli.compare;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.CountOptions;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.compare.FunnelTable;
import uk.lacexplorer.output.Output;

@Command(name = "funnel", mixinStandardHelpOptions = true,
    description = {"Funnel plot: each authority's rate per 10,000 against its population, with 95%% and 99.8%% control",
        "limits around the pooled rate p0 = sum of counts / sum of populations of the authorities plotted.",
        "--curve prints the limits as a smooth curve (for drawing) instead of the authorities."})
public final class FunnelCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--year", required = true, description = "Year: 31 March of it, or the year ending 31 March.")
  String year;

  @Option(names = "--limits", paramLabel = "exact|phe|normal", description = "Control limits: exact Poisson "
      + "(FunnelPlotR), PHE/Fingertips rate funnel, or normal (default: " + FunnelRequest.DEFAULT_LIMITS + ").")
  String limits;

  @Option(names = "--overdispersion", paramLabel = "none|multiplicative|additive", description = "Widen the limits for "
      + "overdispersion when phi > 1 (Spiegelhalter 2005; default: " + FunnelRequest.DEFAULT_OVERDISPERSION + ").")
  String overdispersion;

  @Option(names = "--scale", paramLabel = "sqrt|log",
      description = "Scale of the z-scores for phi and of the adjusted limits (default: " + FunnelRequest.DEFAULT_SCALE + ").")
  String scale;

  @Option(names = "--curve", description = "Print the limits at 100 populations (for drawing) instead of the authorities.")
  boolean curve;

  @Mixin
  CountOptions counts;

  @Override
  protected Output output(Application app) {
    FunnelRequest request = FunnelRequest.parse(counts.request(nation, year), limits, overdispersion, scale, curve);
    return FunnelTable.output(app.funnel().run(request));
  }
}
