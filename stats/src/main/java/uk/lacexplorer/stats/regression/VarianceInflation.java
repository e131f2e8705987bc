package uk.lacexplorer.stats.regression;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Variance inflation factors: VIF_j = 1 / (1 − R²_j), where R²_j is from regressing covariate j on the other
 * covariates (with the intercept). 1 means uncorrelated; above 5–10 is usually read as troublesome collinearity.
 */
public final class VarianceInflation {
  private VarianceInflation() {
  }

  /** VIF for every covariate of a design with an intercept, by name in design order (1 when it is the only one). */
  public static Map<String, Double> of(Design design) {
    if (!design.hasIntercept()) throw new IllegalArgumentException("VIFs need a design with an intercept");
    Map<String, Double> vifs = new LinkedHashMap<>();
    for (int j = 1; j < design.terms(); j++) {
      if (design.terms() == 2) {
        vifs.put(design.names().get(j), 1.0);
        continue;
      }
      double rSquared = Ols.fit(design.dropColumn(j), design.column(j)).rSquared();
      vifs.put(design.names().get(j), 1 / (1 - rSquared));
    }
    return vifs;
  }
}
