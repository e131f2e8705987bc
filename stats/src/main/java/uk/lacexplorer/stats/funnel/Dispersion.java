package uk.lacexplorer.stats.funnel;

import java.util.Arrays;
import java.util.List;

/**
 * The dispersion of a set of units around the pooled rate, as FunnelPlotR estimates it (its {@code transformed_zscore},
 * {@code winsorisation}, {@code phi_func} and {@code tau_func}; Spiegelhalter 2005, DerSimonian &amp; Laird 1986):
 * z-scores on the chosen scale, winsorised at the {@code trim} and 1 − {@code trim} quantiles (R's type 7),
 * φ = mean of the squared winsorised z, and τ² = max(0, (Nφ − (N−1)) / (Σw − Σw²/Σw)) with w = 1/s², zero when
 * Nφ &lt; N − 1.
 *
 * @param units N, the number of units
 * @param lowerWinsor the lower winsorising quantile of z
 * @param upperWinsor the upper winsorising quantile of z
 */
public record Dispersion(Scale scale, double trim, int units, double phi, double tau2, double lowerWinsor,
                         double upperWinsor) {

  /** φ &gt; 1: more variation between units than chance alone explains. */
  public boolean overdispersed() {
    return phi > 1;
  }

  /**
   * The chance of a dispersion at least this large if the units differed by chance alone: Nφ (the sum of the
   * squared winsorised z-scores) against χ² with N − 1 degrees of freedom (Spiegelhalter 2005, section 3.3). 1 when
   * there are fewer than two units.
   */
  public double noOverdispersionP() {
    if (units < 2) return 1;
    return 1 - new org.hipparchus.distribution.continuous.ChiSquaredDistribution(units - 1).cumulativeProbability(units * phi);
  }

  /** φ clearly above 1: the test of no overdispersion rejects at the 5% level. */
  public boolean clearlyOverdispersed() {
    return overdispersed() && noOverdispersionP() < 0.05;
  }

  /** Estimates the dispersion of {@code units} (in a fixed order, so the result does not depend on the input's). */
  static Dispersion estimate(List<FunnelUnit> units, double pooledRate, Scale scale, double trim) {
    if (!(trim >= 0 && trim < 0.5)) throw new IllegalArgumentException("trim must lie in [0, 0.5): " + trim);
    int n = units.size();
    double[] z = new double[n];
    double sumWeights = 0;
    double sumSquaredWeights = 0;
    for (int i = 0; i < n; i++) {
      FunnelUnit unit = units.get(i);
      double expected = pooledRate * unit.denominator();
      z[i] = scale.zScore(unit.observed(), expected);
      double weight = 1 / Math.pow(scale.standardError(expected), 2);
      sumWeights += weight;
      sumSquaredWeights += weight * weight;
    }
    double[] sorted = z.clone();
    Arrays.sort(sorted);
    double low = quantileType7(sorted, trim);
    double high = quantileType7(sorted, 1 - trim);
    double sumSquares = 0;
    for (double value : z) {
      double winsorised = Math.min(Math.max(value, low), high);
      sumSquares += winsorised * winsorised;
    }
    double phi = sumSquares / n;
    double tau2 = n * phi < n - 1 ? 0
        : Math.max(0, (n * phi - (n - 1)) / (sumWeights - sumSquaredWeights / sumWeights));
    return new Dispersion(scale, trim, n, phi, tau2, low, high);
  }

  /** R's default quantile (type 7): linear interpolation between order statistics at (N−1)p. */
  static double quantileType7(double[] sorted, double probability) {
    double position = (sorted.length - 1) * probability;
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    double fraction = position - below;
    return fraction == 0 ? sorted[below] : (1 - fraction) * sorted[below] + fraction * sorted[above];
  }
}
