package uk.lacexplorer.cli;

import picocli.CommandLine.Option;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedRequest;

/** The options the need analyses share: year, count measure, need factors and their year, as a picocli mixin. */
public final class NeedOptions {
  @Option(names = "--year", required = true, description = "Year of the counts (31 March of it).")
  String year;

  @Option(names = "--covariates", paramLabel = "MEASURE[,MEASURE...]",
      description = "Need factors (measure ids, see ./lacx measures), e.g. wimd_share_lsoas_30pct_most_deprived,lone_parent_households_pct.")
  String covariates;

  @Option(names = "--covariate-year", paramLabel = "YEAR",
      description = "Period of the covariates (default: each covariate's year with data nearest --year).")
  String covariateYear;

  @Option(names = "--measure", paramLabel = "MEASURE",
      description = "Count measure with a population (default: children_looked_after).")
  String measure;

  @Option(names = "--skip-missing", description = "Leave out (and list) authorities missing a covariate instead of refusing.")
  boolean skipMissing;

  public NeedRequest request(NationScope scope) {
    return NeedRequest.parse(scope, year, covariates, covariateYear, measure, skipMissing);
  }
}
