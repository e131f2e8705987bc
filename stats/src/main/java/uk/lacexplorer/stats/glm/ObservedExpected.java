package uk.lacexplorer.stats.glm;

import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;

/**
 * The ratio of an observed count to its model expectation, with an exact (Garwood) Poisson interval for the observed
 * count divided by the expectation — the usual interval for a standardised ratio, treating E as known.
 */
public record ObservedExpected(double observed, double expected, double ratio, Interval interval) {

  public static ObservedExpected of(double observed, double expected, double confidence) {
    if (!(observed >= 0) || !Double.isFinite(observed)) throw new IllegalArgumentException("observed must be a count: " + observed);
    if (!(expected > 0) || !Double.isFinite(expected)) throw new IllegalArgumentException("expected must be positive: " + expected);
    Interval count = PoissonInterval.EXACT.forCount(observed, confidence);
    return new ObservedExpected(observed, expected, observed / expected, count.scaled(1 / expected));
  }
}
