package uk.lacexplorer.stats.pairs;

import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.special.Beta;

/**
 * The exact conditional test of two Poisson rates, as R's {@code poisson.test(c(x1, x2), c(t1, t2))}: given the total
 * x1 + x2, x1 is binomial with p = t1 / (t1 + t2) when the rates are equal. The two-sided p-value sums the
 * probabilities no larger than that of the observed count (R's {@code binom.test} rule, relative tolerance 1e-7), and
 * the interval for the rate ratio is the Clopper–Pearson interval for p mapped by p/(1−p) · t2/t1. The binomial
 * probabilities are unimodal, so the tail counts R finds by scanning are found here by bisection.
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
    double lowerP = x == 0 ? 0 : BetaQuantile.of(alpha / 2, x, n - x + 1.0);
    double upperP = x == n ? 1 : BetaQuantile.of(1 - alpha / 2, x + 1.0, n - x);
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
      // The probabilities fall from ceil(m) to n (the mode is at most ceil(m)): count those ≤ d from the top.
      int y = n + 1 - firstAtMost(binomial, d, (int) Math.ceil(m), n);
      total = lowerTail(x, n, p) + upperTail(n - y, n, p);
    } else {
      // They rise from 0 to floor(m) (the mode is at least floor(m)): count those ≤ d from the bottom.
      int y = lastAtMost(binomial, d, 0, (int) Math.floor(m)) + 1;
      total = lowerTail(y - 1, n, p) + upperTail(x - 1, n, p);
    }
    return Math.min(1, total);
  }

  /** The first i in [from, to] with P(i) ≤ d on a stretch where P falls; to + 1 when there is none. */
  private static int firstAtMost(BinomialDistribution binomial, double d, int from, int to) {
    int low = from;
    int high = to + 1;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (binomial.probability(middle) <= d) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** The last i in [from, to] with P(i) ≤ d on a stretch where P rises; from − 1 when there is none. */
  private static int lastAtMost(BinomialDistribution binomial, double d, int from, int to) {
    int low = from - 1;
    int high = to;
    while (low < high) {
      int middle = (low + high + 1) >> 1;
      if (binomial.probability(middle) <= d) low = middle;
      else high = middle - 1;
    }
    return low;
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
