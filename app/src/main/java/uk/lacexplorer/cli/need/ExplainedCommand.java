package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.need.ExplainedRequest;
import uk.lacexplorer.need.ExplainedTable;
import uk.lacexplorer.output.Output;

@Command(name = "explained", mixinStandardHelpOptions = true,
    description = {"How much of the difference between authorities is need, year by year: Poisson deviance explained",
        "(pseudo-R²) by deprivation alone (the first covariate) and by all covariates, and the Pearson dispersion",
        "phi = chi²/df of the intercept-only, deprivation and full models (1 = chance alone) with its fall.",
        "Each nation separately; each year uses each covariate's nearest year with data. Years that cannot be modelled are listed."})
public final class ExplainedCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--covariates", required = true, paramLabel = "DEPRIVATION[,MEASURE...]",
      description = "Need factors, deprivation first.")
  String covariates;

  @Option(names = "--from", paramLabel = "YEAR")
  String from;

  @Option(names = "--to", paramLabel = "YEAR")
  String to;

  @Option(names = "--measure", paramLabel = "MEASURE", description = "Default: children_looked_after.")
  String measure;

  @Option(names = "--skip-missing", description = "Leave out (and list) authorities missing a covariate instead of skipping the year.")
  boolean skipMissing;

  @Override
  protected Output output(Application app) {
    return ExplainedTable.output(app.explained().run(
        ExplainedRequest.parse(nation, covariates, from, to, measure, skipMissing)));
  }
}
