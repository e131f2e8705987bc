package uk.lacexplorer.stats.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.clustering.CentroidCluster;
import org.hipparchus.clustering.Clusterable;
import org.hipparchus.clustering.KMeansPlusPlusClusterer;
import org.hipparchus.clustering.distance.EuclideanDistance;
import org.hipparchus.random.Well19937c;

/**
 * k-means with k-means++ starts and Lloyd iterations (Hipparchus), refined by single-point moves
 * ({@link SinglePointMoves}), repeated from a fixed seed, keeping the partition with the smallest within-cluster sum of
 * squares. The points are put into a canonical order (lexicographic) before clustering and the
 * clusters are numbered by their first member in that order, so the result does not depend on the input order.
 */
public final class KMeans {
  public static final long DEFAULT_SEED = 20240601L;
  public static final int DEFAULT_STARTS = 10;
  private static final int MAX_ITERATIONS = 300;

  private KMeans() {
  }

  public static Partition cluster(double[][] points, int k, long seed) {
    return cluster(points, k, seed, DEFAULT_STARTS);
  }

  public static Partition cluster(double[][] points, int k, long seed, int starts) {
    int n = points.length;
    if (k < 1 || k > n) throw new IllegalArgumentException("k must lie between 1 and %d: %d".formatted(n, k));
    Integer[] canonical = canonicalOrder(points);
    List<Point> ordered = new ArrayList<>();
    for (int position = 0; position < n; position++) ordered.add(new Point(position, points[canonical[position]]));
    Well19937c random = new Well19937c(seed);
    int[] best = null;
    double bestWithin = Double.POSITIVE_INFINITY;
    for (int start = 0; start < starts; start++) {
      KMeansPlusPlusClusterer<Point> clusterer = new KMeansPlusPlusClusterer<>(k, MAX_ITERATIONS, new EuclideanDistance(),
          random, KMeansPlusPlusClusterer.EmptyClusterStrategy.LARGEST_POINTS_NUMBER);
      int[] labels = new int[n];
      List<CentroidCluster<Point>> clusters = clusterer.cluster(ordered);
      for (int c = 0; c < clusters.size(); c++) {
        for (Point point : clusters.get(c).getPoints()) labels[point.position()] = c;
      }
      double[][] orderedPoints = ordered.stream().map(Point::getPoint).toArray(double[][]::new);
      if (clusters.size() == k && clusters.stream().noneMatch(c -> c.getPoints().isEmpty())) {
        SinglePointMoves.refine(orderedPoints, labels, k);
      }
      double within = withinSumOfSquares(orderedPoints, labels);
      if (best == null || within < bestWithin - 1e-12 * Math.max(1, bestWithin)) {
        bestWithin = within;
        best = labels;
      }
    }
    int[] relabelled = numberByFirstAppearance(best);
    int[] labels = new int[n];
    for (int position = 0; position < n; position++) labels[canonical[position]] = relabelled[position];
    return new Partition(k, labels, bestWithin);
  }

  /** Σ over clusters of squared Euclidean distances to the cluster mean. */
  public static double withinSumOfSquares(double[][] points, int[] labels) {
    int dims = points[0].length;
    int clusters = Arrays.stream(labels).max().orElse(0) + 1;
    double[][] sums = new double[clusters][dims];
    int[] sizes = new int[clusters];
    for (int i = 0; i < points.length; i++) {
      sizes[labels[i]]++;
      for (int d = 0; d < dims; d++) sums[labels[i]][d] += points[i][d];
    }
    double total = 0;
    for (int i = 0; i < points.length; i++) {
      for (int d = 0; d < dims; d++) {
        double diff = points[i][d] - sums[labels[i]][d] / sizes[labels[i]];
        total += diff * diff;
      }
    }
    return total;
  }

  private static Integer[] canonicalOrder(double[][] points) {
    Integer[] order = new Integer[points.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Comparator<Integer> lexicographic = (a, b) -> Arrays.compare(points[a], points[b]);
    Arrays.sort(order, lexicographic);
    return order;
  }

  /** Labels 1..k in order of first appearance. */
  static int[] numberByFirstAppearance(int[] labels) {
    int[] mapping = new int[labels.length + 1];
    int next = 0;
    int[] result = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (mapping[labels[i]] == 0) mapping[labels[i]] = ++next;
      result[i] = mapping[labels[i]];
    }
    return result;
  }

  private record Point(int position, double[] coordinates) implements Clusterable {
    @Override
    public double[] getPoint() {
      return coordinates;
    }
  }
}
