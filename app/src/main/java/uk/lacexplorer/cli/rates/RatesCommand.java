package uk.lacexplorer.cli.rates;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.rates.RatesTable;

@Command(name = "rates", mixinStandardHelpOptions = true,
    description = {"Rates per 10,000 children aged 0-17 for every local authority of a nation and the nation itself,",
        "with 95%% confidence intervals (Byar's method; exact Poisson for counts under 10) and rank (1 = highest rate)."})
public final class RatesCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england|both",
      description = "A nation, or both: every authority of Wales and England ranked together.")
  String nation;

  @Option(names = "--year", required = true, description = "Year: 31 March of it, or the year ending 31 March.")
  String year;

  @Option(names = "--measure", paramLabel = "MEASURE",
      description = "A count measure with a population (default: children_looked_after).")
  String measure;

  @Option(names = "--denominator", paramLabel = "exact|nearest|interpolate",
      description = "Population year when the count's year has no estimate (default: the standard, interpolate).")
  String denominator;

  @Option(names = "--population", paramLabel = "auto|ons|dfe",
      description = "Population series (default: the nation's standard, ons in Wales and dfe in England; auto = DfE's where it has the year, else ONS).")
  String population;

  @Override
  protected Output output(Application app) {
    return RatesTable.output(app.rates().run(RatesRequest.parse(nation, year, measure, denominator, population)));
  }
}
