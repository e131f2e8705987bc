package uk.lacexplorer.stats.projection;

/**
 * What calibrates the model: over the calibration years, the children who started, those who ceased, the children
 * at risk of ceasing (stock at the start of each year plus its entrants) and the person-years of 0–17 population.
 *
 * @param years how many years these totals cover (the mean rate of several years is less uncertain when rates
 *     wander from year to year: see {@link Drift})
 */
public record FlowHistory(double started, double ceased, double atRisk, double population, int years) {
  public FlowHistory(double started, double ceased, double atRisk, double population) {
    this(started, ceased, atRisk, population, 1);
  }

  public FlowHistory {
    if (!(started >= 0 && ceased >= 0 && atRisk > 0 && population > 0 && ceased <= atRisk && years >= 1)) {
      throw new IllegalArgumentException("impossible flow history: started %s, ceased %s, at risk %s, population %s"
          .formatted(started, ceased, atRisk, population));
    }
  }

  /** Entrants per 10,000 of the 0–17 population (the point estimate). */
  public double entryRatePer10k() {
    return started / population * 10_000;
  }

  /** The share of the children at risk who cease in a year (the point estimate). */
  public double exitProbability() {
    return ceased / atRisk;
  }
}
