package uk.lacexplorer.stats.regression;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.distribution.continuous.TDistribution;
import org.hipparchus.special.Beta;

/** Ordinary least squares, as R's {@code lm}: t tests, R², the overall F test, leverage and studentised residuals. */
public final class Ols {
  private Ols() {
  }

  public static OlsFit fit(Design design, double[] y) {
    int n = design.observations();
    int p = design.terms();
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    WeightedLeastSquares.Solution solution = WeightedLeastSquares.solve(design, y, ones);
    double[] beta = solution.coefficients();
    double[][] xtxInverse = solution.unscaledCovariance();
    double[] fitted = new double[n];
    double[] residuals = new double[n];
    double rss = 0;
    for (int i = 0; i < n; i++) {
      fitted[i] = design.linear(i, beta);
      residuals[i] = y[i] - fitted[i];
      rss += residuals[i] * residuals[i];
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
    double[] leverage = leverage(design, xtxInverse);
    double[] standardised = new double[n];
    double[] studentised = new double[n];
    for (int i = 0; i < n; i++) {
      standardised[i] = residuals[i] / Math.sqrt(sigma2 * (1 - leverage[i]));
      double r2 = standardised[i] * standardised[i];
      studentised[i] = df > 1 ? standardised[i] * Math.sqrt((df - 1) / (df - r2)) : Double.NaN;
    }
    double tss = totalSumOfSquares(y, design.hasIntercept());
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

  private static double[] leverage(Design design, double[][] xtxInverse) {
    int p = design.terms();
    double[] leverage = new double[design.observations()];
    for (int i = 0; i < leverage.length; i++) {
      double sum = 0;
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < p; k++) sum += design.get(i, j) * xtxInverse[j][k] * design.get(i, k);
      }
      leverage[i] = sum;
    }
    return leverage;
  }

  static double totalSumOfSquares(double[] y, boolean centred) {
    double mean = 0;
    if (centred) {
      for (double value : y) mean += value;
      mean /= y.length;
    }
    double sum = 0;
    for (double value : y) sum += (value - mean) * (value - mean);
    return sum;
  }
}
