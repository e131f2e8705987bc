package uk.lacexplorer.stats.cluster;

/**
 * Improves a k-means partition by moving single points between clusters while any move lowers the within-cluster sum
 * of squares (Hartigan's criterion: moving x from A to B changes it by n_B/(n_B+1)·|x−c_B|² − n_A/(n_A−1)·|x−c_A|²).
 * Lloyd's iterations, which Hipparchus runs, stop at partitions such moves can still improve.
 */
final class SinglePointMoves {
  private SinglePointMoves() {
  }

  /** Refines {@code labels} (0-based, k clusters, none empty) in place. */
  static void refine(double[][] points, int[] labels, int k) {
    int dims = points[0].length;
    double[][] sums = new double[k][dims];
    int[] sizes = new int[k];
    for (int i = 0; i < points.length; i++) {
      sizes[labels[i]]++;
      for (int d = 0; d < dims; d++) sums[labels[i]][d] += points[i][d];
    }
    boolean moved = true;
    int passes = 0;
    while (moved && passes++ < 1000) {
      moved = false;
      for (int i = 0; i < points.length; i++) {
        int from = labels[i];
        if (sizes[from] == 1) continue;
        double removal = sizes[from] / (sizes[from] - 1.0) * squaredDistance(points[i], sums[from], sizes[from]);
        int bestTo = -1;
        double bestGain = 1e-12;
        for (int to = 0; to < k; to++) {
          if (to == from) continue;
          double addition = sizes[to] / (sizes[to] + 1.0) * squaredDistance(points[i], sums[to], sizes[to]);
          if (removal - addition > bestGain) {
            bestGain = removal - addition;
            bestTo = to;
          }
        }
        if (bestTo >= 0) {
          for (int d = 0; d < dims; d++) {
            sums[from][d] -= points[i][d];
            sums[bestTo][d] += points[i][d];
          }
          sizes[from]--;
          sizes[bestTo]++;
          labels[i] = bestTo;
          moved = true;
        }
      }
    }
  }

  private static double squaredDistance(double[] point, double[] sum, int size) {
    double total = 0;
    for (int d = 0; d < point.length; d++) {
      double diff = point[d] - sum[d] / size;
      total += diff * diff;
    }
    return total;
  }
}
