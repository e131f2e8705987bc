package uk.lacexplorer.stats.changepoint;

import java.util.List;

/**
 * The change points found in one series.
 *
 * @param breaks the breaks of the chosen model (possibly none), in year order
 * @param candidates the best model for each number of breaks considered, with its criterion
 * @param dispersion φ̂ = max(1, Pearson χ²/df) of the largest model, used to scale deviances and standard errors
 * @param initialGrowth yearly growth of the rate in the first segment
 * @param fittedRates the chosen model's rate for each year (per unit of population), in year order
 */
public record ChangePoints(List<Break> breaks, List<Candidate> candidates, double dispersion, double initialGrowth,
                           List<Integer> years, double[] fittedRates) {
  public ChangePoints {
    breaks = List.copyOf(breaks);
    candidates = List.copyOf(candidates);
    years = List.copyOf(years);
  }
}
