package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.need.ExplainedVariance;
import uk.lacexplorer.need.ExplainedVarianceService;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedTables;

@Command(name = "explained", mixinStandardHelpOptions = true,
    description = {"How much of the difference between authorities is need, year by year: Poisson deviance explained",
        "(pseudo-R²) by deprivation alone (the first covariate) and by all covariates, and the Pearson dispersion",
        "phi = chi²/df of the intercept-only, deprivation and full models (1 = chance alone) with its fall.",
        "Each nation separately; each year uses each covariate's nearest year with data. Years that cannot be modelled are listed."})
final class ExplainedCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("nation", "year", "authorities", "covariate_years",
      "deviance_explained_deprivation", "deviance_explained_full", "dispersion_null", "dispersion_deprivation",
      "dispersion_full", "overdispersion_drop_deprivation", "overdispersion_drop_full");

  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--covariates", required = true, split = ",", paramLabel = "DEPRIVATION[,MEASURE...]",
      description = "Need factors, deprivation first.")
  List<String> covariates;

  @Option(names = "--from", paramLabel = "YEAR")
  Integer from;

  @Option(names = "--to", paramLabel = "YEAR")
  Integer to;

  @Option(names = "--measure", defaultValue = "children_looked_after")
  String measure;

  @Option(names = "--skip-missing", description = "Leave out (and list) authorities missing a covariate instead of skipping the year.")
  boolean skipMissing;

  @Override
  protected Report report(Services services) {
    ExplainedVarianceService.Series series = new ExplainedVarianceService(new NeedTables(services.store(), services.measures()))
        .series(NationScope.parse(nation), measure, covariates.stream().map(String::strip).toList(), from, to,
            skipMissing);
    List<List<Object>> rows = new ArrayList<>();
    int places = format == OutputFormat.TABLE ? 3 : 6;
    for (ExplainedVariance row : series.rows()) {
      rows.add(Arrays.asList(row.nation().id(), row.year(), row.authorities(), row.covariateYears(),
          Decimals.of(row.devianceExplainedDeprivation(), places, format), Decimals.of(row.devianceExplainedFull(), places, format),
          Decimals.of(row.dispersionNull(), places, format), Decimals.of(row.dispersionDeprivation(), places, format),
          Decimals.of(row.dispersionFull(), places, format), Decimals.of(row.overdispersionDropDeprivation(), places, format),
          Decimals.of(row.overdispersionDropFull(), places, format)));
    }
    List<String> notes = new ArrayList<>();
    notes.add("Deviance explained = 1 - D(model) / D(intercept only); overdispersion drop = 1 - phi(model) / phi(intercept only).");
    for (String skipped : series.skipped()) notes.add("Skipped " + skipped);
    return Report.of(COLUMNS, rows, notes);
  }
}
