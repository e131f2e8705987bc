package uk.lacexplorer.cli.compare;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.CountOptions;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.compare.ChangeTable;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.output.Output;

@Command(name = "change", mixinStandardHelpOptions = true,
    description = {"Change in each authority's rate per 10,000 between two years with a 95%% interval (MOVER from each",
        "year's Byar's/exact interval), ranked by the change (1 = largest rise), then the nation's own change."})
public final class ChangeCommand extends AnalysisCommand {
  @Option(names = "--from", required = true, description = "The earlier year.")
  String from;

  @Option(names = "--to", required = true, description = "The later year.")
  String to;

  @Option(names = "--nation", paramLabel = "wales|england|both", description = "Default: wales.")
  String nation;

  @Mixin
  CountOptions counts;

  @Override
  protected Output output(Application app) {
    ChangeRequest request = new ChangeRequest(counts.request(nation == null ? "wales" : nation, from),
        Choices.integer("to", to, null));
    return ChangeTable.output(app.change().run(request));
  }
}
