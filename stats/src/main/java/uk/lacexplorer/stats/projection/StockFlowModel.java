package uk.lacexplorer.stats.projection;

/**
 * One year's step of the stock-flow model with given parameters: entrants = rate × population / 10,000, leavers =
 * exit probability × (stock + entrants), next stock = stock + entrants − leavers.
 *
 * @param entryRatePer10k entrants per 10,000 children aged 0–17
 * @param exitProbability share of the children at risk in a year who cease to be looked after
 */
public record StockFlowModel(double entryRatePer10k, double exitProbability) {
  public StockFlowModel {
    if (!(entryRatePer10k >= 0) || !(exitProbability >= 0 && exitProbability <= 1)) {
      throw new IllegalArgumentException("rate %s or exit probability %s out of range".formatted(entryRatePer10k, exitProbability));
    }
  }

  public double entrants(double population) {
    return entryRatePer10k * population / 10_000;
  }

  public double leavers(double stock, double population) {
    return exitProbability * (stock + entrants(population));
  }

  /** The expected stock at the end of a year that starts with {@code stock}. */
  public double step(double stock, double population) {
    return stock + entrants(population) - leavers(stock, population);
  }

  /** The steady state this model tends to at a constant population. */
  public double steadyState(double population) {
    return exitProbability == 0 ? Double.POSITIVE_INFINITY : entrants(population) * (1 - exitProbability) / exitProbability;
  }
}
