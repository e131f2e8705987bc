package uk.lacexplorer.stats.shrinkage;

import java.util.List;

/** Empirical-Bayes estimates of every area's rate, in input order, with the prior they were shrunk towards. */
public record Shrinkage(GammaPrior prior, List<ShrunkRate> rates, double confidence) {
  public Shrinkage {
    rates = List.copyOf(rates);
  }
}
