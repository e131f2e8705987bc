package uk.lacexplorer.stats.survival;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Kaplan–Meier estimate of survival S(t) (here: still in care) from an {@link EventTable}, any cause counting as
 * the event. Standard error of log S by Greenwood's formula, sqrt(Σ d/(n(n−d))); the confidence interval is R's
 * default "log" type, S·exp(±z·se), capped at 1, undefined once S is 0. Immutable.
 */
public final class KaplanMeier {
  private final EventTable table;
  private final double[] survival;
  private final double[] greenwood;
  private final double z;

  private KaplanMeier(EventTable table, double confidence) {
    this.table = table;
    this.z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
    int size = table.size();
    survival = new double[size];
    greenwood = new double[size];
    double s = 1;
    double sum = 0;
    for (int j = 0; j < size; j++) {
      int n = table.atRisk(j);
      int d = table.events(j);
      s *= 1 - (double) d / n;
      sum += d == n ? Double.POSITIVE_INFINITY : (double) d / ((double) n * (n - d));
      survival[j] = s;
      greenwood[j] = sum;
    }
  }

  public static KaplanMeier fit(EventTable table, double confidence) {
    if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence " + confidence);
    return new KaplanMeier(table, confidence);
  }

  public EventTable table() {
    return table;
  }

  /** Survival just after the j-th time. */
  public Estimate atIndex(int j) {
    double s = survival[j];
    double se = Math.sqrt(greenwood[j]);
    if (s == 0 || Double.isInfinite(se)) return new Estimate(s, se, Double.NaN, Double.NaN);
    return new Estimate(s, se, s * Math.exp(-z * se), Math.min(1, s * Math.exp(z * se)));
  }

  /** Survival at time t (a right-continuous step function; 1 before the first time). */
  public Estimate at(double t) {
    int j = table.indexAtOrBefore(t);
    return j < 0 ? new Estimate(1, 0, 1, 1) : atIndex(j);
  }
}
