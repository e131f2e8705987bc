package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.need.ScatterRequest;
import uk.lacexplorer.need.ScatterTable;
import uk.lacexplorer.output.Output;

@Command(name = "scatter", mixinStandardHelpOptions = true,
    description = {"Rate per 10,000 against one need factor: least-squares line (slope, intercept, R², p), residuals,",
        "studentised residuals and the Breusch-Pagan test (Koenker's studentised form) of whether the spread grows with it."})
public final class ScatterCommand extends AnalysisCommand {
  @Option(names = "--x", required = true, paramLabel = "COVARIATE", description = "The need factor (a measure id).")
  String x;

  @Option(names = "--y", paramLabel = "MEASURE",
      description = "Count measure whose rate per 10,000 is plotted (default: children_looked_after).")
  String y;

  @Option(names = "--year", required = true)
  String year;

  @Option(names = "--nation", paramLabel = "wales|england|both", description = "Default: wales.")
  String nation;

  @Option(names = "--covariate-year", paramLabel = "YEAR", description = "Period of --x (default: nearest with data).")
  String covariateYear;

  @Option(names = "--skip-missing", description = "Leave out (and list) authorities missing --x instead of refusing.")
  boolean skipMissing;

  @Override
  protected Output output(Application app) {
    return ScatterTable.output(app.scatter().run(ScatterRequest.parse(nation, year, x, y, covariateYear, skipMissing)));
  }
}
