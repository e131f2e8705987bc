package uk.lacexplorer.stats.pairs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.hipparchus.distribution.discrete.BinomialDistribution;

class TwoSidedPropertyTest {
  /** The bisection finds the same tails as R's binom.test scan over every count (written out here). */
  @Property(tries = 300)
  void pValueEqualsTheScanOverAllCounts(@ForAll @IntRange(min = 0, max = 400) int x1, @ForAll @IntRange(min = 0, max = 400) int x2,
                                        @ForAll @DoubleRange(min = 500, max = 200_000) double t1,
                                        @ForAll @DoubleRange(min = 500, max = 200_000) double t2) {
    int n = x1 + x2;
    double p = t1 / (t1 + t2);
    double expected = 1;
    if (n > 0 && x1 != n * p) {
      BinomialDistribution binomial = new BinomialDistribution(n, p);
      double d = binomial.probability(x1) * (1 + 1e-7);
      double sum = 0;
      for (int i = 0; i <= n; i++) if (binomial.probability(i) <= d) sum += binomial.probability(i);
      expected = Math.min(1, sum);
    }
    assertThat(PoissonRateComparison.test(x1, t1, x2, t2, 0.95).p()).isCloseTo(expected, within(1e-9));
  }
}
