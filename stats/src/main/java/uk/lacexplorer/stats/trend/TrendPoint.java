package uk.lacexplorer.stats.trend;

/** One value of a series with its standard error (positive), at a whole year. */
public record TrendPoint(int year, double value, double standardError) {
  public TrendPoint {
    if (!Double.isFinite(value)) throw new IllegalArgumentException("value must be finite: " + value);
    if (!(standardError >= 0) || Double.isInfinite(standardError)) {
      throw new IllegalArgumentException("standard error must be finite and not negative: " + standardError);
    }
  }

  /** A rate of a Poisson count: value O/n × per, standard error √O/n × per. */
  public static TrendPoint rate(int year, double observed, double population, double per) {
    return new TrendPoint(year, observed / population * per, Math.sqrt(observed) / population * per);
  }
}
