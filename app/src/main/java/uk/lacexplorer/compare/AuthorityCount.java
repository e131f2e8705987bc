package uk.lacexplorer.compare;

import java.util.Set;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.Denominator;
import uk.lacexplorer.rates.RateService;

/** One authority's count for the year and the population it is divided by (both present). */
public record AuthorityCount(Area area, double count, Set<Flag> countFlags, Denominator denominator) {
  public AuthorityCount {
    if (denominator.isMissing()) throw new IllegalArgumentException("no population for " + area.code());
    countFlags = Set.copyOf(countFlags);
  }

  public double population() {
    return denominator.population();
  }

  public double ratePer10k() {
    return count / population() * RateService.PER;
  }
}
