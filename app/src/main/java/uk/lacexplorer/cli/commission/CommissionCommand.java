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

  @Override
  protected Output output(Application app) {
    Supply places = supply == null ? Supply.NONE : Supply.read(supply);
    return CommissionTable.output(app.commission().run(new CommissionRequest(projection.request(), places)));
  }
}
