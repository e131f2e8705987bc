package uk.lacexplorer.stats.rate;

import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Gamma;

/**
 * Quantiles of the gamma distribution with unit scale, to near machine precision (the library's default inverse is
 * accurate to 1e-9 absolute only, too loose for small quantiles). Each tail is solved in its own terms, so that
 * {@code upper(0.001, a)} is as accurate as {@code lower(0.001, a)}. Chi-squared quantiles follow from
 * χ²⁻¹(p; k) = 2·γ⁻¹(p; k/2). Stateless and thread-safe.
 */
public final class GammaQuantiles {
  private static final double RELATIVE_ACCURACY = 1e-14;
  private static final int MAX_ITERATIONS = 2000;
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private GammaQuantiles() {
  }

  /** The x with P(X ≤ x) = {@code probability} for X ~ Gamma(shape, 1). */
  public static double lower(double probability, double shape) {
    check(probability, shape);
    return solve(probability, shape, true);
  }

  /** The x with P(X > x) = {@code probability} for X ~ Gamma(shape, 1). */
  public static double upper(double probability, double shape) {
    check(probability, shape);
    return solve(probability, shape, false);
  }

  /** Chi-squared quantile with {@code degreesOfFreedom}, lower tail. */
  public static double chiSquaredLower(double probability, double degreesOfFreedom) {
    return 2 * lower(probability, degreesOfFreedom / 2);
  }

  /** Chi-squared quantile with {@code degreesOfFreedom}, upper tail. */
  public static double chiSquaredUpper(double probability, double degreesOfFreedom) {
    return 2 * upper(probability, degreesOfFreedom / 2);
  }

  private static void check(double probability, double shape) {
    if (!(probability > 0 && probability < 1)) throw new IllegalArgumentException("probability must lie in (0, 1): " + probability);
    if (!(shape > 0) || Double.isInfinite(shape)) throw new IllegalArgumentException("shape must be positive: " + shape);
  }

  /**
   * Newton's method on the smaller tail (a tail probability above one half is turned into the other tail's), kept
   * inside a bracket that bisection (geometric when the bracket spans orders of magnitude) narrows when a step
   * leaves it.
   */
  private static double solve(double probability, double shape, boolean lowerTail) {
    if (probability > 0.5) {
      probability = 1 - probability;
      lowerTail = !lowerTail;
    }
    double logGamma = Gamma.logGamma(shape);
    double low = 0;
    double high = Math.max(1, shape + 10 * Math.sqrt(shape) + 10);
    while (excess(high, probability, shape, lowerTail) < 0) {
      low = high;
      high *= 2;
    }
    double x = initialGuess(probability, shape, lowerTail);
    if (!(x > low && x < high)) x = split(low, high);
    for (int i = 0; i < MAX_ITERATIONS; i++) {
      double f = excess(x, probability, shape, lowerTail);
      if (f == 0) return x;
      if (f < 0) low = x; else high = x;
      double density = Math.exp((shape - 1) * Math.log(x) - x - logGamma);
      double next = x - f / density;
      if (!(next > low && next < high) || !Double.isFinite(next)) next = split(low, high);
      if (Math.abs(next - x) <= RELATIVE_ACCURACY * x || high - low <= RELATIVE_ACCURACY * x) return next;
      x = next;
    }
    return x;
  }

  private static double split(double low, double high) {
    if (low == 0) return high / 1024;
    return high / low > 4 ? Math.sqrt(low * high) : (low + high) / 2;
  }

  /** Increasing in x, zero at the quantile. */
  private static double excess(double x, double probability, double shape, boolean lowerTail) {
    return lowerTail ? Gamma.regularizedGammaP(shape, x) - probability : probability - Gamma.regularizedGammaQ(shape, x);
  }

  /** Wilson–Hilferty approximation, or the small-x series P(a, x) ≈ x^a / Γ(a+1) for small shapes. */
  private static double initialGuess(double probability, double shape, boolean lowerTail) {
    if (lowerTail && shape < 1) return Math.exp((Math.log(probability) + Gamma.logGamma(shape + 1)) / shape);
    double z = STANDARD_NORMAL.inverseCumulativeProbability(lowerTail ? probability : 1 - probability);
    double term = 1 - 1 / (9 * shape) + z / (3 * Math.sqrt(shape));
    double guess = shape * term * term * term;
    return guess > 0 ? guess : Math.exp((Math.log(probability) + Gamma.logGamma(shape + 1)) / shape);
  }
}
