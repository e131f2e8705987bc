package uk.lacexplorer.stats.shrinkage;

import java.util.Objects;

/** One area's count and population. */
public record AreaCount(String id, double observed, double population) {
  public AreaCount {
    Objects.requireNonNull(id, "id");
    if (!(observed >= 0) || Double.isInfinite(observed)) throw new IllegalArgumentException("count of " + id + " must be finite, not negative");
    if (!(population > 0) || Double.isInfinite(population)) throw new IllegalArgumentException("population of " + id + " must be positive");
  }
}
