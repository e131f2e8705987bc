package uk.lacexplorer.cli.projection;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.ProjectionTable;
import uk.lacexplorer.projection.Scenario;

@Command(name = "project", mixinStandardHelpOptions = true, subcommands = BacktestCommand.class,
    description = {"Projects an authority's number of children looked after at 31 March for the next years with a",
        "stock-flow model (entrants per 10,000 children aged 0-17, exit probability), 50%%, 80%% and 95%% intervals",
        "by simulation with a fixed seed, and optionally a scenario beside the baseline."})
public final class ProjectCommand extends AnalysisCommand {
  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--horizon", description = "Years to project, 1-10 (default 5).")
  String horizon;

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Lines 'entry_rate_change_pct = x' and/or 'exit_change_pct = y' (percent changes).")
  Path scenario;

  @Option(names = "--entry-change", paramLabel = "PCT", description = "Entry rate change in percent (instead of a file).")
  String entryChange;

  @Option(names = "--exit-change", paramLabel = "PCT", description = "Exit probability change in percent.")
  String exitChange;

  @Override
  protected Output output(Application app) {
    Scenario chosen = scenario != null ? Scenario.read(scenario) : Scenario.fields(entryChange, exitChange);
    return ProjectionTable.output(app.projection().run(ProjectionRequest.parse(area, horizon, chosen)));
  }
}
