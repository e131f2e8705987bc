package uk.lacexplorer.cli.browse;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.browse.AreasRequest;
import uk.lacexplorer.browse.AreasTable;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;

@Command(name = "areas", mixinStandardHelpOptions = true,
    description = "List local authorities (and regions and nations) with their codes and names in English and Welsh.")
public final class AreasCommand extends AnalysisCommand {
  @Option(names = "--nation", paramLabel = "wales|england", description = "Only this nation's areas.")
  String nation;

  @Option(names = "--all-types", description = "Include regions and nations, not only local authorities.")
  boolean allTypes;

  @Override
  protected Output output(Application app) {
    return AreasTable.output(app.store().areas(), AreasRequest.parse(nation, allTypes));
  }
}
