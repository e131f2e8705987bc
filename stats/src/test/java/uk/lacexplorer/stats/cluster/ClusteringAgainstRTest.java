package uk.lacexplorer.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.lacexplorer.stats.peers.Standardised;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;

/** Ward (hclust ward.D2), cutree, silhouettes (cluster::silhouette) and k-means (kmeans, nstart = 200) in R. */
class ClusteringAgainstRTest {
  private static final double[][] Z = Standardised.of(Wales2012.covariates(Wales2012.ALL_COVARIATES)).values();
  private static final ReferenceTable CLUSTERS = ReferenceTable.read("clusters.csv");

  @Test
  void wardMergesAndHeightsMatchHclust() {
    ReferenceTable r = ReferenceTable.read("ward_merges.csv");
    Dendrogram tree = Ward.cluster(Z);
    for (int s = 0; s < r.rows().size(); s++) {
      String[] row = r.rows().get(s);
      assertThat(tree.merge()[s]).as("step %d", s + 1)
          .containsExactly((int) r.number(row, "merge_a"), (int) r.number(row, "merge_b"));
      Close.relative("height " + (s + 1), tree.height()[s], r.number(row, "height"));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void wardCutsAndTheirSilhouettesMatchR(int k) {
    int[] labels = Ward.cluster(Z).cut(k);
    assertThat(labels).containsExactly(reference("ward", k, "cluster"));
    double[] widths = Silhouette.widths(ClusterChoice.euclidean(Z), labels);
    double[] expected = referenceNumbers("ward", k);
    for (int i = 0; i < widths.length; i++) Close.relative("silhouette " + i, widths[i], expected[i]);
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void kMeansFindsTheSamePartitionAsRWithManyStarts(int k) {
    Partition partition = KMeans.cluster(Z, k, KMeans.DEFAULT_SEED);
    double rWithin = CLUSTERS.where(row -> row[0].equals("kmeans_withinss") && row[1].equals(Integer.toString(k)))
        .stream().mapToDouble(row -> Double.parseDouble(row[4])).findFirst().orElseThrow();
    Close.relative("within SS", partition.withinSumOfSquares(), rWithin);
    assertThat(samePartition(partition.labels(), reference("kmeans", k, "cluster"))).isTrue();
    double[] widths = Silhouette.widths(ClusterChoice.euclidean(Z), partition.labels());
    double[] expected = referenceNumbers("kmeans", k);
    for (int i = 0; i < widths.length; i++) Close.relative("silhouette " + i, widths[i], expected[i]);
  }

  @Test
  void choiceByMeanSilhouettePicksTheLargest() {
    ClusterChoice.Choice choice = ClusterChoice.ward(Z, 6);
    assertThat(choice.candidates()).hasSize(5);
    for (ClusterChoice.Candidate candidate : choice.candidates()) {
      assertThat(choice.chosen().meanSilhouette()).isGreaterThanOrEqualTo(candidate.meanSilhouette());
    }
  }

  static boolean samePartition(int[] a, int[] b) {
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) if ((a[i] == a[j]) != (b[i] == b[j])) return false;
    }
    return true;
  }

  private static int[] reference(String method, int k, String column) {
    return rows(method, k).stream().mapToInt(row -> Integer.parseInt(CLUSTERS.get(row, column))).toArray();
  }

  private static double[] referenceNumbers(String method, int k) {
    return rows(method, k).stream().mapToDouble(row -> CLUSTERS.number(row, "silhouette")).toArray();
  }

  private static List<String[]> rows(String method, int k) {
    return CLUSTERS.where(row -> row[0].equals(method) && row[1].equals(Integer.toString(k)));
  }
}
