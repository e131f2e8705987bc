package uk.lacexplorer.cli.compare;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.SeriesOptions;
import uk.lacexplorer.compare.ChangePointRequest;
import uk.lacexplorer.compare.ChangePointTable;
import uk.lacexplorer.output.Output;

@Command(name = "changepoints", mixinStandardHelpOptions = true,
    description = {"Years where an authority's trend changed: segmented Poisson regression with 0, 1 or 2 break years",
        "chosen by BIC (scaled for overdispersion), the size of each change with its 95%% interval, the plausible range",
        "of the break year, and the key events within two years of it. --nation runs every authority of a nation."})
public final class ChangePointsCommand extends AnalysisCommand {
  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--nation", paramLabel = "wales|england", description = "Every authority of a nation (instead of --area).")
  String nation;

  @Mixin
  SeriesOptions series;

  @Override
  protected Output output(Application app) {
    return ChangePointTable.output(app.changePoints().run(ChangePointRequest.parse(area, nation, series.request())));
  }
}
