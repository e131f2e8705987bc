package uk.lacexplorer.selfeval;

import java.util.List;

/**
 * The authority's own statistics shown beside its self-evaluation: looked-after rate per 10,000 children for recent
 * years with 95% intervals and the nation's rate. {@code needAdjustedRatio} stays null until the need-adjusted
 * comparison is available for the authority. There is no target rate.
 */
public record AuthorityFigures(String authorityCode, String nameEn, String nameCy, List<YearFigure> years,
                               Double needAdjustedRatio) {
  public AuthorityFigures {
    years = List.copyOf(years);
  }

  /** One year (ending 31 March): count, rate and interval for the authority, and the nation's rate. */
  public record YearFigure(int yearEnding31March, Double count, Double ratePer10k, Double lower, Double upper,
                           Double nationRatePer10k) {
  }

  public String name(boolean welsh) {
    return welsh ? nameCy : nameEn;
  }
}
