package uk.lacexplorer.rates;

import java.util.Set;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Flag;

/**
 * A count, its denominator and the rate per 10,000 with a 95% confidence interval, for one area and year.
 * {@code rate}, {@code lower} and {@code upper} are null when the count is missing (e.g. suppressed) or there is no
 * denominator; {@code rank} is null for the nation row and for rows without a rate.
 */
public record RateRow(AreaCode areaCode, String areaName, String areaNameCy, int year, Double count, Set<Flag> countFlags,
                      Denominator denominator, Double rate, Double lower, Double upper, Integer rank, boolean nation) {

  public String countFlag() {
    return Flag.join(countFlags);
  }

  public String denominatorFlag() {
    if (denominator.isMissing()) return "missing";
    return denominator.estimated() ? "estimated_denominator" : "";
  }

  public boolean hasRate() {
    return rate != null;
  }
}
