package uk.lacexplorer.cli.projection;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Override
  protected Output output(Application app) {
    return ProjectionTable.output(app.projection().run(projection.request()));
  }
}
