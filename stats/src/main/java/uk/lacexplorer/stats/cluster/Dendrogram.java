package uk.lacexplorer.stats.cluster;

/**
 * A hierarchical clustering in R's {@code hclust} layout: merge step s joins {@code merge[s][0]} and
 * {@code merge[s][1]}, where −i is observation i (1-based) and +j the cluster made at step j; {@code height[s]} is the
 * distance at which they merge. Arrays are copied in and out.
 */
public record Dendrogram(int[][] merge, double[] height) {
  public Dendrogram {
    merge = merge.clone();
    for (int s = 0; s < merge.length; s++) merge[s] = merge[s].clone();
    height = height.clone();
  }

  public int observations() {
    return merge.length + 1;
  }

  /**
   * Cluster labels 1..k after cutting the tree into k groups, numbered by first appearance in observation order
   * (as R's {@code cutree}).
   */
  public int[] cut(int k) {
    int n = observations();
    if (k < 1 || k > n) throw new IllegalArgumentException("k must lie between 1 and " + n + ": " + k);
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) parent[i] = i;
    int[] representative = new int[merge.length + 1];
    for (int s = 0; s < n - k; s++) {
      int a = find(parent, member(merge[s][0], representative));
      int b = find(parent, member(merge[s][1], representative));
      parent[Math.max(a, b)] = Math.min(a, b);
      representative[s + 1] = Math.min(a, b);
    }
    int[] labels = new int[n];
    int[] labelOfRoot = new int[n];
    int next = 0;
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (labelOfRoot[root] == 0) labelOfRoot[root] = ++next;
      labels[i] = labelOfRoot[root];
    }
    return labels;
  }

  private static int member(int code, int[] representative) {
    return code < 0 ? -code - 1 : representative[code];
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) i = parent[i];
    return i;
  }
}
