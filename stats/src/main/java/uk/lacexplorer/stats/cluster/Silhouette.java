package uk.lacexplorer.stats.cluster;

/**
 * Silhouette widths, as R's {@code cluster::silhouette}: s(i) = (b − a) / max(a, b), with a the mean distance to the
 * rest of i's cluster and b the smallest mean distance to another cluster; 0 for a cluster of one.
 */
public final class Silhouette {
  private Silhouette() {
  }

  /** Width for each observation; {@code labels} are any integers, one per row of the distance matrix. */
  public static double[] widths(double[][] distances, int[] labels) {
    int n = labels.length;
    int maxLabel = 0;
    for (int label : labels) {
      if (label < 0) throw new IllegalArgumentException("labels must not be negative");
      maxLabel = Math.max(maxLabel, label);
    }
    int[] sizes = new int[maxLabel + 1];
    for (int label : labels) sizes[label]++;
    double[] widths = new double[n];
    for (int i = 0; i < n; i++) {
      double[] sums = new double[maxLabel + 1];
      for (int j = 0; j < n; j++) if (j != i) sums[labels[j]] += distances[i][j];
      int own = labels[i];
      if (sizes[own] == 1) {
        widths[i] = 0;
        continue;
      }
      double a = sums[own] / (sizes[own] - 1);
      double b = Double.POSITIVE_INFINITY;
      for (int c = 0; c <= maxLabel; c++) if (c != own && sizes[c] > 0) b = Math.min(b, sums[c] / sizes[c]);
      if (Double.isInfinite(b)) throw new IllegalArgumentException("silhouettes need at least 2 clusters");
      double larger = Math.max(a, b);
      widths[i] = larger == 0 ? 0 : (b - a) / larger;
    }
    return widths;
  }

  public static double mean(double[][] distances, int[] labels) {
    double sum = 0;
    for (double width : widths(distances, labels)) sum += width;
    return sum / labels.length;
  }
}
