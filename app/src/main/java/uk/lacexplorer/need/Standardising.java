package uk.lacexplorer.need;

import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.peers.Standardised;

/** z-scores of a table's covariates, with a constant covariate reported by name. */
final class Standardising {
  private Standardising() {
  }

  static Standardised of(NeedTable table) {
    if (table.covariates().isEmpty()) throw UserError.of("error.need.covariateNeeded", uk.lacexplorer.i18n.Arg.option("covariates"));
    try {
      return Standardised.of(table.covariateMatrix());
    } catch (IllegalArgumentException e) {
      for (int j = 0; j < table.covariates().size(); j++) {
        double[] column = table.covariate(j);
        if (java.util.Arrays.stream(column).distinct().count() == 1) {
          throw UserError.of("error.need.constant", table.covariates().get(j));
        }
      }
      throw UserError.of("error.need.cannotStandardise", e.getMessage());
    }
  }
}
