package uk.lacexplorer.stats.regression;

import java.util.Arrays;
import org.hipparchus.special.Gamma;

/**
 * The Breusch–Pagan test for heteroscedasticity: do the squared residuals of a linear model depend on its regressors?
 * {@link #studentised} is Koenker's version, robust to non-normal errors (the default of R's {@code lmtest::bptest});
 * {@link #original} is the 1979 statistic, which assumes normal errors.
 */
public final class BreuschPagan {
  private BreuschPagan() {
  }

  /** Statistic, degrees of freedom (regressors other than the intercept) and upper-tail χ² p-value. */
  public record Result(double statistic, int df, double p) {
  }

  /** Koenker: n·R² of the regression of e² on the design. */
  public static Result studentised(Design design, double[] residuals) {
    int n = residuals.length;
    double sigma2 = meanSquare(residuals);
    double[] centred = new double[n];
    double sumSquares = 0;
    for (int i = 0; i < n; i++) {
      centred[i] = residuals[i] * residuals[i] - sigma2;
      sumSquares += centred[i] * centred[i];
    }
    double statistic = n * explainedSquares(design, centred) / sumSquares;
    return result(design, statistic);
  }

  /** Breusch and Pagan: half the explained sum of squares of the regression of e²/σ̂² − 1 on the design. */
  public static Result original(Design design, double[] residuals) {
    double sigma2 = meanSquare(residuals);
    double[] scaled = new double[residuals.length];
    for (int i = 0; i < residuals.length; i++) scaled[i] = residuals[i] * residuals[i] / sigma2 - 1;
    return result(design, explainedSquares(design, scaled) / 2);
  }

  private static Result result(Design design, double statistic) {
    int df = design.terms() - (design.hasIntercept() ? 1 : 0);
    double p = Gamma.regularizedGammaQ(df / 2.0, statistic / 2);
    return new Result(statistic, df, p);
  }

  private static double meanSquare(double[] residuals) {
    double sum = 0;
    for (double e : residuals) sum += e * e;
    return sum / residuals.length;
  }

  /** Σ ŷ² of the least-squares fit of {@code y} on the design (the target has mean zero, so this is the ESS). */
  private static double explainedSquares(Design design, double[] y) {
    double[] ones = new double[y.length];
    Arrays.fill(ones, 1);
    double[] beta = WeightedLeastSquares.solve(design, y, ones).coefficients();
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double fitted = design.linear(i, beta);
      sum += fitted * fitted;
    }
    return sum;
  }
}
