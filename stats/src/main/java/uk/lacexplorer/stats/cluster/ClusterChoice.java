package uk.lacexplorer.stats.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the number of clusters by the mean silhouette width (largest wins; the smaller k on a tie), for k-means and
 * for a cut of the Ward tree.
 */
public final class ClusterChoice {
  private ClusterChoice() {
  }

  /** One candidate k with its partition and mean silhouette. */
  public record Candidate(Partition partition, double meanSilhouette, double[] silhouettes) {
  }

  /** The candidates for k = 2..maxK and the chosen one. */
  public record Choice(List<Candidate> candidates, Candidate chosen) {
  }

  public static Choice kMeans(double[][] points, int maxK, long seed) {
    double[][] distances = euclidean(points);
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 2; k <= Math.min(maxK, points.length - 1); k++) {
      candidates.add(candidate(KMeans.cluster(points, k, seed), distances));
    }
    return choose(candidates);
  }

  public static Choice ward(double[][] points, int maxK) {
    double[][] distances = euclidean(points);
    Dendrogram tree = Ward.cluster(points);
    List<Candidate> candidates = new ArrayList<>();
    for (int k = 2; k <= Math.min(maxK, points.length - 1); k++) {
      int[] labels = tree.cut(k);
      candidates.add(candidate(new Partition(k, labels, KMeans.withinSumOfSquares(points, zeroBased(labels))), distances));
    }
    return choose(candidates);
  }

  /** A fixed k for either method. */
  public static Candidate candidate(Partition partition, double[][] distances) {
    double[] widths = Silhouette.widths(distances, partition.labels());
    double sum = 0;
    for (double width : widths) sum += width;
    return new Candidate(partition, sum / widths.length, widths);
  }

  public static double[][] euclidean(double[][] points) {
    int n = points.length;
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double sum = 0;
        for (int c = 0; c < points[i].length; c++) sum += (points[i][c] - points[j][c]) * (points[i][c] - points[j][c]);
        d[i][j] = Math.sqrt(sum);
        d[j][i] = d[i][j];
      }
    }
    return d;
  }

  private static Choice choose(List<Candidate> candidates) {
    if (candidates.isEmpty()) throw new IllegalArgumentException("choosing k needs at least 3 observations and maxK ≥ 2");
    Candidate best = candidates.get(0);
    for (Candidate candidate : candidates) if (candidate.meanSilhouette() > best.meanSilhouette()) best = candidate;
    return new Choice(List.copyOf(candidates), best);
  }

  static int[] zeroBased(int[] labels) {
    int[] shifted = new int[labels.length];
    for (int i = 0; i < labels.length; i++) shifted[i] = labels[i] - 1;
    return shifted;
  }
}
