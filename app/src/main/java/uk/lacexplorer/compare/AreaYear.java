package uk.lacexplorer.compare;

import java.util.Set;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.Denominator;
import uk.lacexplorer.rates.RateService;

/**
 * One year of an authority's series with its nation's rate for that year.
 *
 * @param count null when suppressed or missing
 * @param nationRatePer10k the nation's own count over its population, or (when the store has no nation row) the
 *                         pooled rate of its authorities; null when neither exists
 */
public record AreaYear(int year, Double count, Set<Flag> countFlags, Denominator denominator, Double nationRatePer10k) {
  public AreaYear {
    countFlags = Set.copyOf(countFlags);
  }

  public boolean hasRate() {
    return count != null && !denominator.isMissing();
  }

  public Double ratePer10k() {
    return hasRate() ? count / denominator.population() * RateService.PER : null;
  }
}
