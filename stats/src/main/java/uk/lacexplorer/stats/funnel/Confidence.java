package uk.lacexplorer.stats.funnel;

import org.hipparchus.distribution.continuous.NormalDistribution;

/** The two control-limit levels of a funnel plot: 95% and 99.8%, two-sided. */
enum Confidence {
  C95(0.05), C998(0.002);

  /** Two-sided tail probability α. */
  final double alpha;
  /** Φ⁻¹(1 − α/2). */
  final double z;

  Confidence(double alpha) {
    this.alpha = alpha;
    this.z = new NormalDistribution(0, 1).inverseCumulativeProbability(1 - alpha / 2);
  }
}
