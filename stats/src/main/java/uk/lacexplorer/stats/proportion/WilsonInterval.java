package uk.lacexplorer.stats.proportion;

import org.hipparchus.distribution.continuous.NormalDistribution;
import uk.lacexplorer.stats.rate.Interval;

/**
 * Wilson's score interval for a binomial proportion x/n (no continuity correction; R's
 * {@code prop.test(x, n, correct = FALSE)}): with p = x/n and z = Φ⁻¹(1 − α/2),
 * centre = (p + z²/(2n)) / (1 + z²/n), half-width = z·√(p(1−p)/n + z²/(4n²)) / (1 + z²/n).
 * Stateless and thread-safe.
 */
public final class WilsonInterval {
  private WilsonInterval() {
  }

  public static Interval of(double successes, double trials, double confidence) {
    if (!(trials > 0) || Double.isInfinite(trials)) throw new IllegalArgumentException("trials must be positive: " + trials);
    if (!(successes >= 0 && successes <= trials)) {
      throw new IllegalArgumentException("successes must lie in [0, trials]: " + successes + " of " + trials);
    }
    if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence must lie in (0, 1): " + confidence);
    double z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
    double p = successes / trials;
    double z2 = z * z;
    double denominator = 1 + z2 / trials;
    double centre = (p + z2 / (2 * trials)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / trials + z2 / (4 * trials * trials)) / denominator;
    double lower = successes == 0 ? 0 : Math.max(0, centre - half);
    double upper = successes == trials ? 1 : Math.min(1, centre + half);
    return new Interval(lower, upper, confidence);
  }
}
