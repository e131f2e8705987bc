package uk.lacexplorer.need;

import java.util.List;
import java.util.Map;

/**
 * Clusters of authorities by one method (k-means or Ward) on standardised covariates.
 *
 * @param labels each authority's cluster (1..k), in the table's order
 * @param silhouetteByK mean silhouette width for each k tried (only the chosen k when k was fixed)
 */
public record Clusters(String method, int k, int[] labels, double meanSilhouette, Map<Integer, Double> silhouetteByK,
                       List<ClusterSummary> clusters) {
  public Clusters {
    labels = labels.clone();
    silhouetteByK = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(silhouetteByK));
    clusters = List.copyOf(clusters);
  }

  @Override
  public int[] labels() {
    return labels.clone();
  }
}
