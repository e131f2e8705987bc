package uk.lacexplorer.stats.changepoint;

import java.util.List;

/**
 * The best model with a given number of breaks.
 *
 * @param criterion deviance/φ + (2 + 2k)·log N (BIC with each break year counted as a parameter)
 */
public record Candidate(int breaks, List<Integer> years, double deviance, double criterion) {
  public Candidate {
    years = List.copyOf(years);
  }
}
