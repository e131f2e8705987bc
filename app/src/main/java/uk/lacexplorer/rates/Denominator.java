package uk.lacexplorer.rates;

/**
 * The population a rate was divided by.
 *
 * @param population the value (null when none could be found)
 * @param populationYear the year of the estimate used (the nearer one when interpolated)
 * @param measure the population measure used
 * @param estimated true when it is not an estimate for the count's own year
 * @param description e.g. "mid-2011" or "interpolated 2011–2017"
 */
public record Denominator(Double population, Integer populationYear, String measure, boolean estimated, String description) {
  public static Denominator none(String measure) {
    return new Denominator(null, null, measure, false, "no population estimate");
  }

  public boolean isMissing() {
    return population == null;
  }
}
