package uk.lacexplorer.compare;

import java.util.Objects;

/** Empirical-Bayes estimates of the authorities' rates for these counts. */
public record ShrinkageRequest(CountRequest counts) {
  public ShrinkageRequest {
    Objects.requireNonNull(counts, "counts");
  }
}
