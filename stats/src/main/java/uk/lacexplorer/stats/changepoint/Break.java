package uk.lacexplorer.stats.changepoint;

/**
 * A year after which the trend of the log rate changed.
 *
 * @param year the break year τ: the new slope applies from τ to τ + 1 on
 * @param slopeChange δ, the change in the slope of the log rate per year
 * @param standardError of δ (scaled by √φ when the counts are overdispersed), given the break year
 * @param lower lower end of δ's 95% interval
 * @param upper upper end of δ's 95% interval
 * @param p two-sided Wald p-value of δ
 * @param earliest earliest break year whose profile deviance lies within χ²₁(0.95)·φ of the best
 * @param latest latest such year
 * @param growthBefore yearly growth of the rate before the break (e.g. 0.03 = +3% a year)
 * @param growthAfter yearly growth after it
 */
public record Break(int year, double slopeChange, double standardError, double lower, double upper, double p,
                    int earliest, int latest, double growthBefore, double growthAfter) {

  /** Half the width of the year range, rounded up: the "± 1" of "2010 ± 1". */
  public int plusOrMinus() {
    return Math.max(year - earliest, latest - year);
  }
}
