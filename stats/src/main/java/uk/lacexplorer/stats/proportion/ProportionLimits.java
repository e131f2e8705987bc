package uk.lacexplorer.stats.proportion;

import org.hipparchus.distribution.continuous.NormalDistribution;
import uk.lacexplorer.stats.funnel.Limits;

/**
 * Funnel control limits for a proportion around a target p0 at n trials, by the normal approximation to the binomial
 * (Spiegelhalter 2005, eq. 1 with the binomial variance): p0 ± z·√(p0(1−p0)/n), clipped to [0, 1], at z = 1.96 (95%)
 * and 3.09 (99.8%). Stateless and thread-safe.
 */
public final class ProportionLimits {
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
  private static final double Z95 = NORMAL.inverseCumulativeProbability(0.975);
  private static final double Z998 = NORMAL.inverseCumulativeProbability(0.999);

  private ProportionLimits() {
  }

  public static Limits at(double target, double trials) {
    return at(target, trials, 1);
  }

  /**
   * Limits widened for overdispersion: the standard error times √φ when φ &gt; 1 (multiplicative adjustment,
   * Spiegelhalter 2005 §3.1); φ ≤ 1 leaves them as they are.
   */
  public static Limits at(double target, double trials, double phi) {
    if (!(target >= 0 && target <= 1)) throw new IllegalArgumentException("target must lie in [0, 1]: " + target);
    if (!(trials > 0)) throw new IllegalArgumentException("trials must be positive: " + trials);
    double se = Math.sqrt(target * (1 - target) / trials) * Math.sqrt(Math.max(1, phi));
    return new Limits(clip(target - Z95 * se), clip(target + Z95 * se), clip(target - Z998 * se), clip(target + Z998 * se));
  }

  /**
   * The multiplicative overdispersion factor φ = Σ zᵢ² / N with zᵢ = (xᵢ/nᵢ − p0) / √(p0(1−p0)/nᵢ), not winsorised.
   */
  public static double dispersion(double[] successes, double[] trials, double target) {
    if (successes.length != trials.length || successes.length == 0) throw new IllegalArgumentException("no units");
    if (!(target > 0 && target < 1)) throw new IllegalArgumentException("target must lie in (0, 1): " + target);
    double sum = 0;
    for (int i = 0; i < successes.length; i++) {
      double z = (successes[i] / trials[i] - target) / Math.sqrt(target * (1 - target) / trials[i]);
      sum += z * z;
    }
    return sum / successes.length;
  }

  private static double clip(double value) {
    return Math.max(0, Math.min(1, value));
  }
}
