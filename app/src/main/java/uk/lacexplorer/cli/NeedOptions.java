package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedRequest;

/** The options the need analyses share: which authorities, year, count measure, covariates and their year. */
final class NeedOptions {
  @Option(names = "--year", required = true, description = "Year of the counts (31 March of it).")
  int year;

  @Option(names = "--covariates", split = ",", paramLabel = "MEASURE[,MEASURE...]",
      description = "Need factors (measure ids, see ./lacx measures), e.g. wimd_share_lsoas_30pct_most_deprived,lone_parent_households_pct.")
  List<String> covariates = new ArrayList<>();

  @Option(names = "--covariate-year", paramLabel = "YEAR",
      description = "Period of the covariates (default: each covariate's year with data nearest --year).")
  Integer covariateYear;

  @Option(names = "--measure", defaultValue = NeedRequest.LOOKED_AFTER,
      description = "Count measure with a population (default: ${DEFAULT-VALUE}).")
  String measure;

  @Option(names = "--skip-missing", description = "Leave out (and list) authorities missing a covariate instead of refusing.")
  boolean skipMissing;

  NeedRequest request(NationScope scope) {
    return new NeedRequest(scope, year, measure, covariates.stream().map(String::strip).toList(), covariateYear, skipMissing);
  }
}
