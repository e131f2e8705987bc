package uk.lacexplorer.rates;

/**
 * The population a rate was divided by, and exactly which estimate (or estimates) it is.
 *
 * @param population the value (null when none could be found)
 * @param populationYear the mid-year of the estimate used (mid-2011 → 2011); null when interpolated or missing
 * @param measure the population measure used
 * @param estimated true when it is not the estimate for the count's own year (nearest or interpolated)
 * @param description in words, e.g. "ONS mid-2011 estimate (Census 2011)" or "interpolated between ONS mid-2011
 *     (Census 2011) and mid-2017 (before the Census 2021 rebasing)"
 * @param fromYear the earlier mid-year of an interpolation (null otherwise)
 * @param toYear the later mid-year of an interpolation (null otherwise)
 * @param vintage the series' vintage as {@link PopulationVintage#id()} ("mixed" when interpolated across two)
 */
public record Denominator(Double population, Integer populationYear, String measure, boolean estimated, String description,
                          Integer fromYear, Integer toYear, String vintage) {
  public Denominator(Double population, Integer populationYear, String measure, boolean estimated, String description) {
    this(population, populationYear, measure, estimated, description, null, null, "");
  }

  public static Denominator none(String measure) {
    return new Denominator(null, null, measure, false, "no population estimate");
  }

  public boolean isMissing() {
    return population == null;
  }

  public boolean interpolated() {
    return fromYear != null && toYear != null;
  }
}
