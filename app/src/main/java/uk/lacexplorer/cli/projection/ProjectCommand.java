package uk.lacexplorer.cli.projection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.projection.ProjectionTable;

@Command(name = "project", mixinStandardHelpOptions = true, subcommands = BacktestCommand.class,
    description = {"Projects an authority's number of children looked after at 31 March for the next years with a",
        "stock-flow model (entrants per 10,000 children aged 0-17, exit probability), 50%%, 80%% and 95%% intervals",
        "by simulation with a fixed seed, and optionally a scenario beside the baseline."})
public final class ProjectCommand extends AnalysisCommand {
  @Mixin
  ProjectionOptions projection;

  @Option(names = "--episodes", paramLabel = "DIR",
      description = {"Project from one authority's SSDA903 extract (the folder with episodes.csv and header.csv) month",
          "by month, by placement type and age band, instead of from published flows."})
  java.nio.file.Path episodes;

  @Option(names = "--months", paramLabel = "N", description = "With --episodes: months ahead (default: 12 x --horizon, else 24).")
  Integer months;

  @Option(names = "--window", paramLabel = "N",
      description = "With --episodes: months before the extract's last date the rates are measured on (default 24).")
  Integer window;

  @Option(names = "--entry-band", paramLabel = "BAND",
      description = "With --episodes: apply --entry-change to children entering aged under_1, 1_4, 5_9, 10_15 or 16_17 only.")
  String entryBand;

  @Override
  protected Output output(Application app) {
    if (episodes != null) {
      int ahead = months != null ? months : projection.horizonYears() != null ? 12 * projection.horizonYears() : 24;
      return uk.lacexplorer.projection.episodes.EpisodeProjectionTable.output(app.episodeProjection().run(
          new uk.lacexplorer.projection.episodes.EpisodeProjectionRequest(episodes, ahead,
              window == null ? uk.lacexplorer.projection.episodes.EpisodeProjectionRequest.DEFAULT_WINDOW : window,
              projection.scenario(), entryBand)));
    }
    return ProjectionTable.output(app.projection().run(projection.request()));
  }
}
