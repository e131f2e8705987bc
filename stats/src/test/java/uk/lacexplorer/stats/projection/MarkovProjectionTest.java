package uk.lacexplorer.stats.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The monthly Markov projection against hand calculation: two states, P = [[0.90, 0.05], [0.10, 0.80]] (the rest of
 * each row leaves care), entrants 2 and 1 a month, 100 and 50 children at the start.
 */
class MarkovProjectionTest {
  static final double[][] P = {{0.90, 0.05}, {0.10, 0.80}};
  static final double[] ENTRIES = {2, 1};

  @Test
  void theExpectedPathIsTheMatrixStepByHand() {
    double[][] path = new MarkovProjection(P, ENTRIES).expected(new double[] {100, 50}, 2);
    // month 1: state 0 = 2 + 100 x 0.90 + 50 x 0.10 = 97; state 1 = 1 + 100 x 0.05 + 50 x 0.80 = 46
    assertThat(path[0][0]).isCloseTo(97, within(1e-12));
    assertThat(path[0][1]).isCloseTo(46, within(1e-12));
    // month 2: state 0 = 2 + 97 x 0.90 + 46 x 0.10 = 93.9; state 1 = 1 + 97 x 0.05 + 46 x 0.80 = 42.65
    assertThat(path[1][0]).isCloseTo(93.9, within(1e-12));
    assertThat(path[1][1]).isCloseTo(42.65, within(1e-12));
    assertThat(MarkovProjection.totals(path)).containsExactly(new double[] {143, 136.55}, within(1e-12));
  }

  /**
   * One month simulated 40,000 times: each state's count has the multinomial-plus-Poisson mean and variance. State
   * 0: mean 97, variance 100 x 0.9 x 0.1 + 50 x 0.1 x 0.9 + 2 = 15.5; state 1: mean 46, variance 100 x 0.05 x 0.95 +
   * 50 x 0.8 x 0.2 + 1 = 13.75; the total: mean 143, variance 100 x 0.95 x 0.05 + 50 x 0.9 x 0.1 + 3 = 12.25 (a child
   * stays in care with probability 0.95 or 0.90). Standard errors at this size: about 0.02 for the means and 1% of the
   * variances, so the tolerances (0.1 and 4%) fail only for a wrong draw.
   */
  @Test
  void simulatedMonthsHaveTheMultinomialMeanAndVariance() {
    int n = 40_000;
    double[][] end = new double[2][n];
    double[][] totals = new MarkovProjection(P, ENTRIES).simulateTotals(new long[] {100, 50}, 1, n, 7L, end);
    assertThat(mean(end[0])).isCloseTo(97, within(0.1));
    assertThat(variance(end[0])).isCloseTo(15.5, within(0.04 * 15.5));
    assertThat(mean(end[1])).isCloseTo(46, within(0.1));
    assertThat(variance(end[1])).isCloseTo(13.75, within(0.04 * 13.75));
    assertThat(mean(totals[0])).isCloseTo(143, within(0.1));
    assertThat(variance(totals[0])).isCloseTo(12.25, within(0.04 * 12.25));
  }

  /**
   * The exact moments: after one month the hand variances above (15.5, 13.75, total 12.25) and the covariance of the
   * two states, −100 x 0.90 x 0.05 − 50 x 0.10 x 0.80 = −8.5; after 12 months they agree with 40,000 simulations
   * (standard error of a variance about 1%).
   */
  @Test
  void theMomentsAreTheHandVariancesAndTheSimulatedOnes() {
    MarkovProjection model = new MarkovProjection(P, ENTRIES);
    MarkovProjection.Moments one = model.moments(new double[] {100, 50}, 1);
    assertThat(one.lastCovariance()[0][0]).isCloseTo(15.5, within(1e-12));
    assertThat(one.lastCovariance()[1][1]).isCloseTo(13.75, within(1e-12));
    assertThat(one.lastCovariance()[0][1]).isCloseTo(-8.5, within(1e-12));
    assertThat(one.totalVariance()[0]).isCloseTo(12.25, within(1e-12));
    assertThat(one.means()[0]).containsExactly(new double[] {97, 46}, within(1e-12));

    MarkovProjection.Moments year = model.moments(new double[] {100, 50}, 12);
    int n = 40_000;
    double[][] end = new double[2][n];
    double[][] totals = model.simulateTotals(new long[] {100, 50}, 12, n, 3L, end);
    assertThat(variance(totals[11])).isCloseTo(year.totalVariance()[11], within(0.04 * year.totalVariance()[11]));
    assertThat(variance(end[0])).isCloseTo(year.lastCovariance()[0][0], within(0.04 * year.lastCovariance()[0][0]));
    assertThat(year.variance(new int[] {0, 1})).isCloseTo(year.totalVariance()[11], within(1e-9));
    assertThat(mean(totals[11])).isCloseTo(MarkovProjection.totals(year.means())[11], within(0.1));
  }

  @Test
  void theSameSeedGivesTheSamePathsAndLongRunsSettleWhereTheExpectedPathGoes() {
    MarkovProjection model = new MarkovProjection(P, ENTRIES);
    double[][] a = model.simulateTotals(new long[] {100, 50}, 24, 500, 11L, null);
    double[][] b = model.simulateTotals(new long[] {100, 50}, 24, 500, 11L, null);
    assertThat(a).isDeepEqualTo(b);
    double expected = MarkovProjection.totals(model.expected(new double[] {100, 50}, 24))[23];
    assertThat(mean(a[23])).isCloseTo(expected, within(0.02 * expected));
    // a row that sums to 1 keeps every child in care; one above 1 is refused
    double[][] closed = {{0.5, 0.5}, {0, 1}};
    assertThat(new MarkovProjection(closed, new double[] {0, 0}).simulateTotals(new long[] {10, 0}, 6, 50, 1L, null)[5])
        .containsOnly(10.0);
    assertThatThrownBy(() -> new MarkovProjection(new double[][] {{0.7, 0.4}, {0, 1}}, new double[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static double mean(double[] v) {
    double s = 0;
    for (double x : v) s += x;
    return s / v.length;
  }

  private static double variance(double[] v) {
    double m = mean(v);
    double s = 0;
    for (double x : v) s += (x - m) * (x - m);
    return s / (v.length - 1);
  }
}
