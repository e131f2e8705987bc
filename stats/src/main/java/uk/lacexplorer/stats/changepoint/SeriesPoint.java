package uk.lacexplorer.stats.changepoint;

/** One year of an authority's series: a count and the population it is a rate of. */
public record SeriesPoint(int year, double count, double population) {
  public SeriesPoint {
    if (!(count >= 0) || Double.isInfinite(count)) throw new IllegalArgumentException("count must be finite, not negative: " + count);
    if (!(population > 0) || Double.isInfinite(population)) throw new IllegalArgumentException("population must be positive: " + population);
  }
}
