package uk.lacexplorer.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Beta;

/**
 * Ordinary and weighted least squares, as R's {@code lm} (with {@code weights}): t tests, R², the overall F test,
 * leverage and studentised residuals. With weights, residual sums, R² (about the weighted mean), leverage
 * {@code w_i x_i'(X'WX)⁻¹x_i} and standardised residuals {@code √w_i e_i / (σ̂ √(1 − h_i))} are R's.
 */
public final class Ols {
  private Ols() {
  }

  public static OlsFit fit(Design design, double[] y) {
    double[] ones = new double[design.observations()];
    Arrays.fill(ones, 1);
    return fit(design, y, ones);
  }

  /** Weighted least squares: minimises Σ w_i (y_i − x_i·β)²; weights must be positive. */
  public static OlsFit fit(Design design, double[] y, double[] weights) {
    int n = design.observations();
    int p = design.terms();
    for (double w : weights) {
      if (!(w > 0) || !Double.isFinite(w)) throw new IllegalArgumentException("weights must be positive: " + w);
    }
    WeightedLeastSquares.Solution solution = WeightedLeastSquares.solve(design, y, weights);
    double[] beta = solution.coefficients();
    double[][] xtxInverse = solution.unscaledCovariance();
    double[] fitted = new double[n];
    double[] residuals = new double[n];
    double rss = 0;
    for (int i = 0; i < n; i++) {
      fitted[i] = design.linear(i, beta);
      residuals[i] = y[i] - fitted[i];
      rss += weights[i] * residuals[i] * residuals[i];
    }
    int df = n - p;
    double sigma2 = rss / df;
    TDistribution t = new TDistribution(df);
    double quantile = t.inverseCumulativeProbability(0.975);
    List<Coefficient> coefficients = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double se = Math.sqrt(sigma2 * xtxInverse[j][j]);
      double statistic = beta[j] / se;
      coefficients.add(new Coefficient(design.names().get(j), beta[j], se, statistic,
          2 * t.cumulativeProbability(-Math.abs(statistic)), beta[j] - quantile * se, beta[j] + quantile * se));
    }
    double[] leverage = leverage(design, xtxInverse, weights);
    double[] standardised = new double[n];
    double[] studentised = new double[n];
    for (int i = 0; i < n; i++) {
      standardised[i] = Math.sqrt(weights[i]) * residuals[i] / Math.sqrt(sigma2 * (1 - leverage[i]));
      double r2 = standardised[i] * standardised[i];
      studentised[i] = df > 1 ? standardised[i] * Math.sqrt((df - 1) / (df - r2)) : Double.NaN;
    }
    double tss = totalSumOfSquares(y, weights, design.hasIntercept());
    double rSquared = 1 - rss / tss;
    int dfModel = design.hasIntercept() ? p - 1 : p;
    double adjusted = 1 - (1 - rSquared) * (design.hasIntercept() ? n - 1 : n) / df;
    double fP = Double.NaN;
    if (dfModel > 0) {
      double f = ((tss - rss) / dfModel) / sigma2;
      // Upper tail of F(dfModel, df) without cancellation: I_x(df/2, dfModel/2) at x = df / (df + dfModel·f).
      fP = Beta.regularizedBeta(df / (df + dfModel * f), df / 2.0, dfModel / 2.0);
    }
    return new OlsFit(coefficients, fitted, residuals, leverage, standardised, studentised, rSquared, adjusted,
        Math.sqrt(sigma2), fP, df);
  }

  private static double[] leverage(Design design, double[][] xtxInverse, double[] weights) {
    int p = design.terms();
    double[] leverage = new double[design.observations()];
    for (int i = 0; i < leverage.length; i++) {
      double sum = 0;
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < p; k++) sum += design.get(i, j) * xtxInverse[j][k] * design.get(i, k);
      }
      leverage[i] = weights[i] * sum;
    }
    return leverage;
  }

  static double totalSumOfSquares(double[] y, double[] weights, boolean centred) {
    double mean = 0;
    if (centred) {
      double total = 0;
      for (int i = 0; i < y.length; i++) {
        mean += weights[i] * y[i];
        total += weights[i];
      }
      mean /= total;
    }
    double sum = 0;
    for (int i = 0; i < y.length; i++) sum += weights[i] * (y[i] - mean) * (y[i] - mean);
    return sum;
  }
}
