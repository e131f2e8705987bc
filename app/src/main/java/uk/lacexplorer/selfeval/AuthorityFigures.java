package uk.lacexplorer.selfeval;

import java.util.List;

/**
 * The authority's own statistics shown beside its self-evaluation: looked-after rate per 10,000 children for recent
 * years with 95% intervals and the nation's rate, and its need-adjusted ratio when the model can be fitted (null
 * otherwise). There is no target rate.
 */
public record AuthorityFigures(String authorityCode, String nameEn, String nameCy, List<YearFigure> years,
                               NeedAdjusted needAdjusted) {
  public AuthorityFigures {
    years = List.copyOf(years);
  }

  /** One year (ending 31 March): count, rate and interval for the authority, and the nation's rate. */
  public record YearFigure(int yearEnding31March, Double count, Double ratePer10k, Double lower, Double upper,
                           Double nationRatePer10k) {
  }

  /**
   * Observed looked-after count against the count expected from deprivation (negative binomial model over the
   * nation's authorities, log population as offset), with an exact 95% interval.
   */
  public record NeedAdjusted(int yearEnding31March, String covariate, double observed, double expected, double ratio,
                             double lower, double upper) {
  }

  public String name(boolean welsh) {
    return welsh ? nameCy : nameEn;
  }
}
