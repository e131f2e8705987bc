package uk.lacexplorer.stats.survival;

/**
 * A probability with its standard error and a pointwise confidence interval. The interval's bounds are NaN where it
 * is undefined (as R reports NA: a log-scale interval around 0).
 */
public record Estimate(double value, double standardError, double lower, double upper) {
  public boolean hasInterval() {
    return !Double.isNaN(lower) && !Double.isNaN(upper);
  }
}
