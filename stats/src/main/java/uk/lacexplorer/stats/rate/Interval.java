package uk.lacexplorer.stats.rate;

/**
 * A closed interval [lower, upper] with its confidence level. Immutable.
 */
public record Interval(double lower, double upper, double confidence) {
  public Interval {
    if (Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("invalid interval [%s, %s]".formatted(lower, upper));
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1): " + confidence);
    }
  }

  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  public Interval scaled(double factor) {
    if (factor < 0) throw new IllegalArgumentException("negative scale " + factor);
    return new Interval(lower * factor, upper * factor, confidence);
  }
}
