package uk.lacexplorer.cli.commission;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.commission.CommissionRequest;
import uk.lacexplorer.commission.CommissionTable;
import uk.lacexplorer.commission.Supply;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.Scenario;

@Command(name = "commission", mixinStandardHelpOptions = true,
    description = {"Placement demand by type for each projected year (the projection divided in the authority's",
        "latest published placement mix), against the places in a supply file, with the gap and the cost."})
public final class CommissionCommand extends AnalysisCommand {
  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--supply", paramLabel = "FILE",
      description = "CSV with the header type,capacity,provision,weekly_cost (provision in-house or bought).")
  Path supply;

  @Option(names = "--horizon", description = "Years to project, 1-10 (default 5).")
  String horizon;

  @Option(names = "--scenario", paramLabel = "FILE", description = "A scenario file, as for ./lacx project.")
  Path scenario;

  @Option(names = "--entry-change", paramLabel = "PCT", description = "Entry rate change in percent.")
  String entryChange;

  @Option(names = "--exit-change", paramLabel = "PCT", description = "Exit probability change in percent.")
  String exitChange;

  @Override
  protected Output output(Application app) {
    Scenario chosen = scenario != null ? Scenario.read(scenario) : Scenario.fields(entryChange, exitChange);
    Supply places = supply == null ? Supply.NONE : Supply.read(supply);
    return CommissionTable.output(app.commission().run(
        new CommissionRequest(ProjectionRequest.parse(area, horizon, chosen), places)));
  }
}
