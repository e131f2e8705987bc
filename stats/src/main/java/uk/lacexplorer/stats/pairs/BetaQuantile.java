package uk.lacexplorer.stats.pairs;

import org.hipparchus.special.Beta;

/**
 * Quantiles of the beta distribution (for Clopper–Pearson limits) by Newton's method on the regularised incomplete
 * beta function, safeguarded by bisection: about five evaluations instead of the fifty or so of a general root finder.
 */
final class BetaQuantile {
  private static final int MAX_STEPS = 200;

  private BetaQuantile() {
  }

  /** x with I_x(a, b) = probability. */
  static double of(double probability, double a, double b) {
    if (!(probability > 0 && probability < 1)) throw new IllegalArgumentException("probability must lie in (0, 1)");
    double logBeta = Beta.logBeta(a, b);
    double low = 0;
    double high = 1;
    double mean = a / (a + b);
    double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
    double z = normalQuantileApproximation(probability);
    double x = Math.min(Math.max(mean + z * sd, 1e-12), 1 - 1e-12);
    for (int step = 0; step < MAX_STEPS; step++) {
      double difference = Beta.regularizedBeta(x, a, b) - probability;
      if (difference == 0) return x;
      if (difference > 0) high = x;
      else low = x;
      double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
      double next = x - difference / density;
      if (!(next > low && next < high) || !Double.isFinite(next)) next = (low + high) / 2;
      // Newton converges quadratically: once a step is this small the next one is at the limit of I_x's accuracy.
      if (Math.abs(next - x) <= 1e-11 * next || high - low <= 1e-15 * high) return polish(next, probability, a, b, logBeta);
      x = next;
    }
    return x;
  }

  private static double polish(double x, double probability, double a, double b, double logBeta) {
    double density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logBeta);
    double next = x - (Beta.regularizedBeta(x, a, b) - probability) / density;
    return next > 0 && next < 1 ? next : x;
  }

  /** A rough Φ⁻¹ (for the starting point only): logistic approximation. */
  private static double normalQuantileApproximation(double probability) {
    return Math.log(probability / (1 - probability)) / 1.702;
  }
}
