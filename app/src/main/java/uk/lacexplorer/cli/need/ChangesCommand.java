package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.CountOptions;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.need.ChangesRequest;
import uk.lacexplorer.need.ChangesTable;
import uk.lacexplorer.output.Output;

@Command(name = "changes", mixinStandardHelpOptions = true,
    description = {"Change against change: each authority's change in rate per 10,000 between two years (95%% MOVER",
        "interval) against its change in a need factor over the factor's nearest years, a weighted fit with its",
        "interval and R^2, and the authorities far from the line."})
public final class ChangesCommand extends AnalysisCommand {
  @Option(names = "--from", required = true, description = "The earlier year.")
  String from;

  @Option(names = "--to", required = true, description = "The later year.")
  String to;

  @Option(names = "--x", required = true, paramLabel = "FACTOR", description = "The need factor (a measure id).")
  String x;

  @Option(names = "--nation", paramLabel = "wales|england", description = "Default: wales.")
  String nation;

  @Mixin
  CountOptions counts;

  @Override
  protected Output output(Application app) {
    ChangeRequest change = new ChangeRequest(counts.request(nation == null ? "wales" : nation, from),
        Choices.integer("to", to, null));
    return ChangesTable.output(app.changes().run(new ChangesRequest(change, MeasureId.parse("x", x, null))));
  }
}
