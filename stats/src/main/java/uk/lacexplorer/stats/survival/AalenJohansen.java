package uk.lacexplorer.stats.survival;

import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * The Aalen–Johansen estimate of the cumulative incidence of each competing cause, F_k(t) = Σ_{t_j ≤ t} S(t_j−)
 * d_kj / n_j, from an {@link EventTable}. F_1 + … + F_K = 1 − S, the Kaplan–Meier probability of having left.
 *
 * <p>Standard errors are the infinitesimal jackknife (IJ): the square root of the sum over subjects of the squared
 * derivative of F_k(t) with respect to the subject's case weight. This is what R's {@code survival::survfit} reports
 * for multi-state (competing-risks) fits (checked against R 4.2 / survival 3.5 in the tests). With U_i the influence,
 * g_m(i) = (dN_i(t_m) − Y_i(t_m) h_m)/n_m the derivative of the all-cause hazard h_m = d_m/n_m, and A_l = S(t_l−) h_kl:
 * U_i = Σ_{l ≤ J} S(t_l−)(dN_ik(t_l) − Y_i(t_l) h_kl)/n_l − Σ_{m < J} g_m(i) (F_k(t_J) − F_k(t_m)) / (1 − h_m).
 * Subjects sharing an exit time and cause share U_i, so the variance at one time costs O(times × causes).
 * Confidence intervals are R's default "log" type: F·exp(±z·se/F), capped at 1, undefined where F is 0. Immutable.
 */
public final class AalenJohansen {
  private final EventTable table;
  private final double z;
  private final double[] survivalBefore;
  private final double[] hazard;
  private final double[][] incidence;
  /** Prefix sums for the influence: Σ_{m ≤ x} h_m/(n_m(1−h_m)) and, per cause, Σ h_m F_k(t_m)/(n_m(1−h_m)), Σ S(t_m−) h_km/n_m. */
  private final double[] sumHazardRatio;
  private final double[][] sumHazardRatioIncidence;
  private final double[][] sumIncrement;

  private AalenJohansen(EventTable table, double confidence) {
    this.table = table;
    this.z = new NormalDistribution().inverseCumulativeProbability(0.5 + confidence / 2);
    int size = table.size();
    int causes = table.causes();
    survivalBefore = new double[size];
    hazard = new double[size];
    incidence = new double[causes + 1][size];
    sumHazardRatio = new double[size];
    sumHazardRatioIncidence = new double[causes + 1][size];
    sumIncrement = new double[causes + 1][size];
    double s = 1;
    for (int j = 0; j < size; j++) {
      int n = table.atRisk(j);
      survivalBefore[j] = s;
      hazard[j] = (double) table.events(j) / n;
      double ratio = hazard[j] < 1 ? hazard[j] / (n * (1 - hazard[j])) : 0; // never used past the last time
      sumHazardRatio[j] = (j > 0 ? sumHazardRatio[j - 1] : 0) + ratio;
      for (int k = 1; k <= causes; k++) {
        double increment = s * table.events(k, j) / n;
        incidence[k][j] = (j > 0 ? incidence[k][j - 1] : 0) + increment;
        sumIncrement[k][j] = (j > 0 ? sumIncrement[k][j - 1] : 0) + increment / n;
        sumHazardRatioIncidence[k][j] = (j > 0 ? sumHazardRatioIncidence[k][j - 1] : 0) + ratio * incidence[k][j];
      }
      s *= 1 - hazard[j];
    }
  }

  public static AalenJohansen fit(EventTable table, double confidence) {
    if (!(confidence > 0 && confidence < 1)) throw new IllegalArgumentException("confidence " + confidence);
    return new AalenJohansen(table, confidence);
  }

  public EventTable table() {
    return table;
  }

  /** Cumulative incidence of {@code cause} (1..K) just after the J-th time, with its IJ standard error. */
  public Estimate atIndex(int cause, int index) {
    if (cause < 1 || cause > table.causes()) throw new IllegalArgumentException("cause " + cause);
    double f = incidence[cause][index];
    double se = Math.sqrt(variance(cause, index));
    if (f == 0) return new Estimate(0, se, Double.NaN, Double.NaN);
    return new Estimate(f, se, f * Math.exp(-z * se / f), Math.min(1, f * Math.exp(z * se / f)));
  }

  /** Cumulative incidence of {@code cause} at time t (0 before the first time). */
  public Estimate at(int cause, double t) {
    int index = table.indexAtOrBefore(t);
    return index < 0 ? new Estimate(0, 0, Double.NaN, Double.NaN) : atIndex(cause, index);
  }

  private double variance(int cause, int index) {
    double total = 0;
    for (int e = 0; e < table.size(); e++) {
      for (int c = 0; c <= table.causes(); c++) {
        int count = c == 0 ? table.censored(e) : table.events(c, e);
        if (count == 0) continue;
        double influence = influence(cause, index, e, c);
        total += count * influence * influence;
      }
    }
    return total;
  }

  /** U for a subject leaving at time index e by cause c (0 = censored), for F_cause at time index J. */
  private double influence(int cause, int index, int e, int c) {
    double fAtJ = incidence[cause][index];
    int lastAtRisk = Math.min(e, index);
    double term = -sumIncrement[cause][lastAtRisk];
    if (e <= index && c == cause) term += survivalBefore[e] / table.atRisk(e);
    int lastBefore = Math.min(e, index - 1);
    if (lastBefore >= 0) term += fAtJ * sumHazardRatio[lastBefore] - sumHazardRatioIncidence[cause][lastBefore];
    if (e < index && c != 0) {
      term -= (fAtJ - incidence[cause][e]) / (table.atRisk(e) * (1 - hazard[e]));
    }
    return term;
  }
}
