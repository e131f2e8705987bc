package uk.lacexplorer.cli.commission;

import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.commission.CommissionRequest;
import uk.lacexplorer.commission.CommissionTable;
import uk.lacexplorer.commission.Supply;
import uk.lacexplorer.commission.UnitCosts;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.projection.ProjectionOptions;

@Command(name = "commission", mixinStandardHelpOptions = true,
    description = {"Placement demand by type for each projected year (the projection divided in the authority's",
        "latest published placement mix), against the places in a supply file, with the gap and the cost."})
public final class CommissionCommand extends AnalysisCommand {
  @Mixin
  ProjectionOptions projection;

  @Option(names = "--supply", paramLabel = "FILE",
      description = "CSV with the header type,capacity,provision,weekly_cost (provision in-house or bought).")
  Path supply;

  @Option(names = "--costs", paramLabel = "FILE",
      description = {"CSV with the header type,weekly_cost: your weekly cost per type, used where the supply file gives",
          "none (else an estimate from the authority's published spend, labelled as such)."})
  Path costs;

  @Override
  protected Output output(Application app) {
    Supply places = supply == null ? Supply.NONE : Supply.read(supply);
    UnitCosts unitCosts = costs == null ? UnitCosts.NONE : UnitCosts.read(costs);
    return CommissionTable.output(app.commission().run(new CommissionRequest(projection.request(), places, unitCosts)));
  }
}
