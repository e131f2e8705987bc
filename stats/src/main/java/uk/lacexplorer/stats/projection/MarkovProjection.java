package uk.lacexplorer.stats.projection;

import java.util.Arrays;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * A monthly Markov projection of children looked after over states (for example placement type by age band). Each
 * month every child in state {@code i} moves to state {@code j} with probability {@code P[i][j]} or leaves care with
 * the rest of row {@code i}; then entrants arrive in each state at the monthly mean {@code entries[j]}.
 * <ul>
 *   <li>expected: {@code x(t+1) = x(t) P + entries};</li>
 *   <li>simulated: each state's children are shared among its destinations and leaving by a multinomial draw
 *       (sequential binomials), entrants are Poisson. Simulation {@code s} uses the seed {@code seed + s}, so a
 *       scenario run with the same seed shares its random numbers with the baseline.</li>
 * </ul>
 * The transition and entry rates are taken as known (their estimation error is not drawn), so the intervals are
 * those of the flows' chance alone. {@link #moments} gives the exact mean and covariance of the counts by the law of
 * total covariance, month by month, without simulating: {@code Σ(t+1) = Pᵀ Σ(t) P + Σᵢ mᵢ(t) (diag(Pᵢ) − PᵢᵀPᵢ)
 * + diag(entries)} (the multinomial's covariance of each state's children plus the Poisson entrants' variance).
 */
public final class MarkovProjection {
  private final double[][] transitions;
  private final double[] entries;
  private final int[][] destinations;

  /**
   * @param transitions {@code [from][to]} monthly probabilities, each row summing to at most 1 (the rest leaves care)
   * @param entries the mean number of children entering each state in a month
   */
  public MarkovProjection(double[][] transitions, double[] entries) {
    int states = entries.length;
    if (transitions.length != states) throw new IllegalArgumentException("transitions and entries differ in size");
    this.transitions = new double[states][];
    this.destinations = new int[states][];
    for (int i = 0; i < states; i++) {
      double[] row = transitions[i];
      if (row.length != states) throw new IllegalArgumentException("row " + i + " has " + row.length + " states");
      double sum = 0;
      int nonZero = 0;
      for (double p : row) {
        if (!(p >= 0)) throw new IllegalArgumentException("row " + i + ": probability " + p);
        sum += p;
        if (p > 0) nonZero++;
      }
      if (sum > 1 + 1e-9) throw new IllegalArgumentException("row " + i + " sums to " + sum);
      this.transitions[i] = row.clone();
      int[] to = new int[nonZero];
      for (int j = 0, k = 0; j < states; j++) if (row[j] > 0) to[k++] = j;
      this.destinations[i] = to;
    }
    for (double e : entries) if (!(e >= 0)) throw new IllegalArgumentException("entries " + e);
    this.entries = entries.clone();
  }

  public int states() {
    return entries.length;
  }

  /** The expected counts by state after each month, {@code [month][state]} (month 0 = one month on). */
  public double[][] expected(double[] start, int months) {
    double[][] path = new double[months][];
    double[] x = start.clone();
    for (int t = 0; t < months; t++) {
      double[] next = entries.clone();
      for (int i = 0; i < x.length; i++) {
        if (x[i] == 0) continue;
        for (int j : destinations[i]) next[j] += x[i] * transitions[i][j];
      }
      path[t] = next;
      x = next;
    }
    return path;
  }

  /**
   * Simulated totals (all states) after each month, {@code [month][simulation]}, and, in {@code endByState}
   * (when not null, {@code [state][simulation]}), each state's count at the last month.
   */
  public double[][] simulateTotals(long[] start, int months, int simulations, long seed, double[][] endByState) {
    int states = entries.length;
    double[][] totals = new double[months][simulations];
    RandomGenerator random = new Well19937c(seed);
    long[] x = new long[states];
    long[] next = new long[states];
    for (int s = 0; s < simulations; s++) {
      random.setSeed(seed + s);
      System.arraycopy(start, 0, x, 0, states);
      for (int t = 0; t < months; t++) {
        for (int j = 0; j < states; j++) next[j] = Projection.poisson(entries[j], random);
        for (int i = 0; i < states; i++) {
          long left = x[i];
          if (left == 0) continue;
          double remaining = 1;
          for (int j : destinations[i]) {
            if (left == 0) break;
            double p = transitions[i][j];
            long moved = remaining <= p ? left : Projection.binomial(left, Math.min(1, p / remaining), random);
            next[j] += moved;
            left -= moved;
            remaining -= p;
          }
        }
        long total = 0;
        for (int j = 0; j < states; j++) {
          total += next[j];
          x[j] = next[j];
        }
        totals[t][s] = total;
      }
      if (endByState != null) for (int j = 0; j < states; j++) endByState[j][s] = x[j];
    }
    return totals;
  }

  /**
   * The exact mean and covariance of the counts after {@code months} months, from a known start: {@code mean[month]
   * [state]}, the variance of the total for every month, and the covariance matrix at the last month.
   */
  public Moments moments(double[] start, int months) {
    int n = entries.length;
    double[] m = start.clone();
    double[][] cov = new double[n][n];
    double[][] means = new double[months][];
    double[] totalVariance = new double[months];
    double[][] temp = new double[n][n];
    for (int t = 0; t < months; t++) {
      // Pᵀ Σ P: first Σ P, then Pᵀ (Σ P)
      for (int i = 0; i < n; i++) {
        double[] row = temp[i];
        java.util.Arrays.fill(row, 0);
        for (int k = 0; k < n; k++) {
          double c = cov[i][k];
          if (c == 0) continue;
          for (int j : destinations[k]) row[j] += c * transitions[k][j];
        }
      }
      double[][] next = new double[n][n];
      for (int k = 0; k < n; k++) {
        for (int i : destinations[k]) {
          double p = transitions[k][i];
          double[] from = temp[k];
          double[] to = next[i];
          for (int j = 0; j < n; j++) to[j] += p * from[j];
        }
      }
      // the multinomial spread of each state's expected children, then the entrants
      for (int k = 0; k < n; k++) {
        double mk = m[k];
        if (mk == 0) continue;
        int[] to = destinations[k];
        double[] p = transitions[k];
        for (int a : to) {
          next[a][a] += mk * p[a];
          for (int b : to) next[a][b] -= mk * p[a] * p[b];
        }
      }
      for (int j = 0; j < n; j++) next[j][j] += entries[j];
      double[] mean = entries.clone();
      for (int k = 0; k < n; k++) {
        if (m[k] == 0) continue;
        for (int j : destinations[k]) mean[j] += m[k] * transitions[k][j];
      }
      double total = 0;
      for (double[] row : next) for (double v : row) total += v;
      means[t] = mean;
      totalVariance[t] = total;
      m = mean;
      cov = next;
    }
    return new Moments(means, totalVariance, cov);
  }

  /**
   * The moments of a projection: {@code means[month][state]}, the variance of the total each month, and the
   * covariance of the states at the last month.
   */
  public record Moments(double[][] means, double[] totalVariance, double[][] lastCovariance) {
    /** The variance at the last month of the sum of the given states. */
    public double variance(int[] states) {
      double v = 0;
      for (int a : states) for (int b : states) v += lastCovariance[a][b];
      return v;
    }
  }

  /** The sum over states of each month of an expected path. */
  public static double[] totals(double[][] path) {
    double[] totals = new double[path.length];
    for (int t = 0; t < path.length; t++) totals[t] = Arrays.stream(path[t]).sum();
    return totals;
  }
}
