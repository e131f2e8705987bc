package uk.lacexplorer.cli.browse;

import picocli.CommandLine.Command;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.browse.MeasuresTable;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;

@Command(name = "measures", mixinStandardHelpOptions = true,
    description = "List the measures: id, label, unit, what the period means, definition and source.")
public final class MeasuresCommand extends AnalysisCommand {
  @Override
  protected Output output(Application app) {
    return MeasuresTable.measures(app.measures().all());
  }
}
