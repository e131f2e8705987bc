package uk.lacexplorer.cli.browse;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.browse.DataRequest;
import uk.lacexplorer.browse.DataTable;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;

@Command(name = "data", mixinStandardHelpOptions = true,
    description = "Show stored values of one measure with their flags and provenance.")
public final class DataCommand extends AnalysisCommand {
  @Option(names = "--measure", required = true, description = "Measure id (see ./lacx measures).")
  String measure;

  @Option(names = "--area", split = ",", description = "Area names or codes (repeatable or comma-separated).")
  List<String> areas = new ArrayList<>();

  @Option(names = "--nation", paramLabel = "wales|england", description = "All areas of a nation (when no --area).")
  String nation;

  @Option(names = "--from", description = "First period (year).")
  String from;

  @Option(names = "--to", description = "Last period (year).")
  String to;

  @Option(names = "--all-breakdowns", description = "Include breakdowns (sex, age, …), not only totals.")
  boolean allBreakdowns;

  @Override
  protected Output output(Application app) {
    DataRequest request = DataRequest.parse(measure, areas.stream().map(String::strip).toList(), nation, from, to,
        allBreakdowns);
    return DataTable.output(app.data().run(request), app.store().areas());
  }
}
