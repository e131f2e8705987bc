package uk.lacexplorer.cli.compare;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.SeriesOptions;
import uk.lacexplorer.compare.TrendsRequest;
import uk.lacexplorer.compare.TrendsTable;
import uk.lacexplorer.output.Output;

@Command(name = "trend", mixinStandardHelpOptions = true,
    description = {"An authority's rate per 10,000 year by year with 95%% and 99.8%% intervals, the national rate and",
        "whether the authority is significantly above or below it, the Fingertips recent-trend test (last five",
        "points) and the authority's key events."})
public final class TrendCommand extends AnalysisCommand {
  @Option(names = "--area", required = true,
      description = "Authority name or code; several separated by commas (A,B,C) give one table whose rows name their area.")
  String area;

  @Mixin
  SeriesOptions series;

  @Override
  protected Output output(Application app) {
    return TrendsTable.output(app.trend().runAll(TrendsRequest.parse(area, series.request())));
  }
}
