package uk.lacexplorer.stats.pairs;

import org.hipparchus.distribution.continuous.BetaDistribution;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.special.Beta;

/**
 * The exact conditional test of two Poisson rates, as R's {@code poisson.test(c(x1, x2), c(t1, t2))}: given the total
 * x1 + x2, x1 is binomial with p = t1 / (t1 + t2) when the rates are equal. The two-sided p-value sums the
 * probabilities no larger than that of the observed count (R's {@code binom.test} rule, relative tolerance 1e-7), and
 * the interval for the rate ratio is the Clopper–Pearson interval for p mapped by p/(1−p) · t2/t1.
 */
public final class PoissonRateComparison {
  private static final double RELATIVE_ERROR = 1 + 1e-7;

  private PoissonRateComparison() {
  }

  /** Rate ratio (x1/t1)/(x2/t2), two-sided p-value and the ratio's confidence interval (upper may be infinite). */
  public record Result(double rateRatio, double p, double lower, double upper) {
  }

  public static Result test(long count1, double exposure1, long count2, double exposure2, double confidence) {
    if (count1 < 0 || count2 < 0) throw new IllegalArgumentException("counts must not be negative");
    if (!(exposure1 > 0 && exposure2 > 0)) throw new IllegalArgumentException("exposures must be positive");
    int n = Math.toIntExact(count1 + count2);
    int x = (int) count1;
    double p = exposure1 / (exposure1 + exposure2);
    double ratio = count2 == 0 ? (count1 == 0 ? Double.NaN : Double.POSITIVE_INFINITY)
        : (count1 / exposure1) / (count2 / exposure2);
    double pValue = n == 0 ? 1 : twoSidedP(x, n, p);
    double alpha = 1 - confidence;
    double lowerP = x == 0 ? 0 : new BetaDistribution(x, n - x + 1.0, 1e-15).inverseCumulativeProbability(alpha / 2);
    double upperP = x == n ? 1 : new BetaDistribution(x + 1.0, n - x, 1e-15).inverseCumulativeProbability(1 - alpha / 2);
    double scale = exposure2 / exposure1;
    double upper = upperP == 1 ? Double.POSITIVE_INFINITY : upperP / (1 - upperP) * scale;
    return new Result(ratio, pValue, lowerP / (1 - lowerP) * scale, upper);
  }

  private static double twoSidedP(int x, int n, double p) {
    BinomialDistribution binomial = new BinomialDistribution(n, p);
    double d = binomial.probability(x) * RELATIVE_ERROR;
    double m = n * p;
    if (x == m) return 1;
    double total;
    if (x < m) {
      int y = 0;
      for (int i = (int) Math.ceil(m); i <= n; i++) if (binomial.probability(i) <= d) y++;
      total = lowerTail(x, n, p) + upperTail(n - y, n, p);
    } else {
      int y = 0;
      for (int i = 0; i <= (int) Math.floor(m); i++) if (binomial.probability(i) <= d) y++;
      total = lowerTail(y - 1, n, p) + upperTail(x - 1, n, p);
    }
    return Math.min(1, total);
  }

  /** P(X ≤ k) without cancellation. */
  static double lowerTail(int k, int n, double p) {
    if (k < 0) return 0;
    if (k >= n) return 1;
    return Beta.regularizedBeta(1 - p, n - k, k + 1.0);
  }

  /** P(X > k) without cancellation. */
  static double upperTail(int k, int n, double p) {
    if (k < 0) return 1;
    if (k >= n) return 0;
    return Beta.regularizedBeta(p, k + 1.0, n - k);
  }
}
