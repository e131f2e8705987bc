package uk.lacexplorer.compare;

import java.util.List;

/**
 * An authority's series of rates per 10,000 with confidence intervals, its nation's rate each year and whether the
 * authority is significantly above or below it, the recent-trend test and the authority's key events. JSON-ready.
 */
public record TrendResult(TrendRequest request, String areaCode, String areaName, String areaNameCy, String measure, List<Year> years,
                          Trend trend, List<EventView> events, List<String> denominators) {
  public TrendResult {
    years = List.copyOf(years);
    events = List.copyOf(events);
    denominators = List.copyOf(denominators);
  }

  /**
   * One year. Rates and limits are null when the count is suppressed or there is no population.
   *
   * @param comparison95 higher / similar / lower than the national rate at 95% (the CI against the national value)
   * @param comparison998 the same at 99.8%
   * @param denominator exactly which population estimate (or interpolation) the rate used
   */
  public record Year(int year, Double count, String countFlag, Double population, Integer populationYear,
                     String denominatorFlag, Double ratePer10k, Double lower95, Double upper95, Double lower998,
                     Double upper998, Double nationalRatePer10k, String comparison95, String comparison998,
                     uk.lacexplorer.rates.Denominator denominator) {
    /** In words, e.g. "ONS mid-2011 estimate (Census 2011)"; empty when there is no population. */
    public String denominatorNote() {
      return denominator == null || denominator.isMissing() ? "" : denominator.description();
    }
  }

  /**
   * The recent-trend test on the last five years with a rate.
   *
   * @param direction increasing, decreasing, no_significant_change or cannot_be_calculated
   * @param slopePer10kPerYear weighted least-squares slope, rate per 10,000 per year
   */
  public record Trend(String direction, String words, List<Integer> years, Double slopePer10kPerYear,
                      Double slopeStandardError, Double chiSquared, double criticalValue, boolean signStable,
                      String reason) {
    public Trend {
      years = List.copyOf(years);
    }
  }
}
