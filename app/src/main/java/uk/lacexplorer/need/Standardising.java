package uk.lacexplorer.need;

import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.peers.Standardised;

/** z-scores of a table's covariates, with a constant covariate reported by name. */
final class Standardising {
  private Standardising() {
  }

  static Standardised of(NeedTable table) {
    if (table.covariates().isEmpty()) throw new UserError("name at least one covariate with --covariates");
    try {
      return Standardised.of(table.covariateMatrix());
    } catch (IllegalArgumentException e) {
      for (int j = 0; j < table.covariates().size(); j++) {
        double[] column = table.covariate(j);
        if (java.util.Arrays.stream(column).distinct().count() == 1) {
          throw new UserError("covariate " + table.covariates().get(j) + " has the same value for every authority, so it cannot tell them apart");
        }
      }
      throw new UserError("the covariates cannot be standardised: " + e.getMessage());
    }
  }
}
