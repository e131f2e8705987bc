package uk.lacexplorer.stats.cluster;

/**
 * Ward's minimum-variance hierarchical clustering on Euclidean distances, as R's
 * {@code hclust(dist(x), method = "ward.D2")}: the Lance–Williams update runs on squared distances and merge heights
 * are their square roots. O(n³), which is ample for a few hundred authorities. Stateless.
 */
public final class Ward {
  private Ward() {
  }

  public static Dendrogram cluster(double[][] points) {
    int n = points.length;
    if (n < 2) throw new IllegalArgumentException("clustering needs at least 2 observations");
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double sum = 0;
        for (int c = 0; c < points[i].length; c++) sum += (points[i][c] - points[j][c]) * (points[i][c] - points[j][c]);
        d[i][j] = sum;
        d[j][i] = sum;
      }
    }
    boolean[] active = new boolean[n];
    java.util.Arrays.fill(active, true);
    int[] size = new int[n];
    java.util.Arrays.fill(size, 1);
    int[] code = new int[n];
    for (int i = 0; i < n; i++) code[i] = -(i + 1);
    int[][] merge = new int[n - 1][2];
    double[] height = new double[n - 1];
    for (int step = 0; step < n - 1; step++) {
      int bestI = -1;
      int bestJ = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int i = 0; i < n; i++) {
        if (!active[i]) continue;
        for (int j = i + 1; j < n; j++) {
          if (active[j] && d[i][j] < best) {
            best = d[i][j];
            bestI = i;
            bestJ = j;
          }
        }
      }
      merge[step] = ordered(code[bestI], code[bestJ]);
      height[step] = Math.sqrt(best);
      for (int k = 0; k < n; k++) {
        if (!active[k] || k == bestI || k == bestJ) continue;
        double total = size[bestI] + size[bestJ] + size[k];
        double updated = ((size[bestI] + size[k]) * d[k][bestI] + (size[bestJ] + size[k]) * d[k][bestJ]
            - size[k] * best) / total;
        d[k][bestI] = updated;
        d[bestI][k] = updated;
      }
      size[bestI] += size[bestJ];
      active[bestJ] = false;
      code[bestI] = step + 1;
    }
    return new Dendrogram(merge, height);
  }

  /** R's order: a singleton before a cluster; two singletons or two clusters by increasing number. */
  private static int[] ordered(int a, int b) {
    if (a < 0 && b < 0) return a > b ? new int[] {a, b} : new int[] {b, a};
    if (a < 0) return new int[] {a, b};
    if (b < 0) return new int[] {b, a};
    return a < b ? new int[] {a, b} : new int[] {b, a};
  }
}
