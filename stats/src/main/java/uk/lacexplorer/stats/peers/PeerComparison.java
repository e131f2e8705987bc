package uk.lacexplorer.stats.peers;

import java.util.Arrays;

/**
 * An authority's rate against its neighbours' rates: their median and range, the difference and the ratio to the
 * median, and how many neighbours have a lower rate.
 */
public record PeerComparison(double rate, double median, double minimum, double maximum, double difference,
                             double ratioToMedian, int neighboursBelow, int neighbours) {

  public static PeerComparison of(double rate, double[] neighbourRates) {
    if (neighbourRates.length == 0) throw new IllegalArgumentException("no neighbour rates");
    double[] sorted = neighbourRates.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    int below = 0;
    for (double value : sorted) if (value < rate) below++;
    return new PeerComparison(rate, median, sorted[0], sorted[n - 1], rate - median,
        median > 0 ? rate / median : Double.NaN, below, n);
  }

  /** Where the rate lies among the neighbours' rates. */
  public enum Position { ABOVE_RANGE, AT_OR_ABOVE_MEDIAN, BELOW_MEDIAN, BELOW_RANGE }

  public Position position() {
    if (rate > maximum) return Position.ABOVE_RANGE;
    if (rate < minimum) return Position.BELOW_RANGE;
    return rate >= median ? Position.AT_OR_ABOVE_MEDIAN : Position.BELOW_MEDIAN;
  }
}
