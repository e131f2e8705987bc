package uk.lacexplorer.cli.factors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.factors.FactorsRequest;
import uk.lacexplorer.factors.FactorsTable;
import uk.lacexplorer.output.Output;

@Command(name = "factors", mixinStandardHelpOptions = true,
    description = {"The moderating factors the 2013 research tested beside deprivation, for one authority: age",
        "structure, household size, population density, Census 2021 household deprivation and the placement mix, each",
        "in the latest year the authority has it, beside the median and range of its nation's authorities that year."})
public final class FactorsCommand extends AnalysisCommand {
  @Option(names = "--area", required = true, description = "Authority name or code.")
  String area;

  @Override
  protected Output output(Application app) {
    return FactorsTable.output(app.factors().run(new FactorsRequest(area)));
  }
}
