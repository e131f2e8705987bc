package uk.lacexplorer.stats.funnel;

import java.util.Objects;

/**
 * One unit on a funnel plot: an observed count and the population it is a rate of.
 *
 * @param id a label that identifies the unit in the result (an area code, say)
 * @param observed the count (may be non-integer, e.g. rounded at source)
 * @param denominator the population, positive
 */
public record FunnelUnit(String id, double observed, double denominator) {
  public FunnelUnit {
    Objects.requireNonNull(id, "id");
    if (!(observed >= 0) || Double.isInfinite(observed)) {
      throw new IllegalArgumentException("observed count of " + id + " must be finite and not negative: " + observed);
    }
    if (!(denominator > 0) || Double.isInfinite(denominator)) {
      throw new IllegalArgumentException("denominator of " + id + " must be positive: " + denominator);
    }
  }

  /** Observed count divided by the denominator. */
  public double rate() {
    return observed / denominator;
  }
}
