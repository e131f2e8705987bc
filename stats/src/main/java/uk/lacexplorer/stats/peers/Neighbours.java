package uk.lacexplorer.stats.peers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The k nearest observations to one observation under a {@link Metric}: nearest first, ties by index. */
public final class Neighbours {
  private Neighbours() {
  }

  public record Neighbour(int index, double distance) {
  }

  public static List<Neighbour> nearest(Standardised data, int target, int k, Metric metric) {
    int n = data.observations();
    if (target < 0 || target >= n) throw new IllegalArgumentException("no observation " + target);
    if (k < 1 || k > n - 1) throw new IllegalArgumentException("k must lie between 1 and %d: %d".formatted(n - 1, k));
    double[] self = data.rowView(target);
    List<Neighbour> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      if (i != target) all.add(new Neighbour(i, metric.distance(self, data.rowView(i))));
    }
    all.sort(Comparator.comparingDouble(Neighbour::distance).thenComparingInt(Neighbour::index));
    return List.copyOf(all.subList(0, k));
  }

  /** All pairwise distances (symmetric, zero diagonal). */
  public static double[][] distances(Standardised data, Metric metric) {
    int n = data.observations();
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        d[i][j] = metric.distance(data.rowView(i), data.rowView(j));
        d[j][i] = d[i][j];
      }
    }
    return d;
  }
}
