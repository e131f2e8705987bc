package uk.lacexplorer.stats.peers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;

class NeighboursTest {
  private static final Standardised WALES = Standardised.of(Wales2012.covariates(Wales2012.ALL_COVARIATES));

  @Test
  void zScoresMatchRScale() {
    ReferenceTable r = ReferenceTable.read("standardised.csv");
    double[][] z = WALES.values();
    for (int j = 0; j < Wales2012.ALL_COVARIATES.size(); j++) {
      double[] expected = r.numbers(Wales2012.ALL_COVARIATES.get(j));
      for (int i = 0; i < expected.length; i++) Close.relative("z " + i + "," + j, z[i][j], expected[i]);
    }
  }

  @Test
  void euclideanAndMahalanobisDistancesMatchR() {
    ReferenceTable r = ReferenceTable.read("distances.csv");
    List<String> codes = Wales2012.codes();
    Metric mahalanobis = Metric.mahalanobis(WALES);
    for (String[] row : r.rows()) {
      int a = codes.indexOf(r.get(row, "area_a"));
      int b = codes.indexOf(r.get(row, "area_b"));
      Close.relative("euclidean", Metric.euclidean().distance(WALES.row(a), WALES.row(b)), r.number(row, "euclidean"));
      Close.relative("mahalanobis", mahalanobis.distance(WALES.row(a), WALES.row(b)), r.number(row, "mahalanobis"));
    }
  }

  @Test
  void nearestFirstWithTheKAsked() {
    int torfaen = Wales2012.codes().indexOf("W06000020");
    List<Neighbours.Neighbour> nearest = Neighbours.nearest(WALES, torfaen, 5, Metric.euclidean());
    assertThat(nearest).hasSize(5).extracting(Neighbours.Neighbour::index).doesNotContain(torfaen);
    for (int i = 1; i < nearest.size(); i++) assertThat(nearest.get(i).distance()).isGreaterThanOrEqualTo(nearest.get(i - 1).distance());
    double[][] all = Neighbours.distances(WALES, Metric.euclidean());
    long closer = java.util.Arrays.stream(all[torfaen]).filter(d -> d > 0 && d < nearest.get(4).distance()).count();
    assertThat(closer).isEqualTo(4);
  }

  @Test
  void weightsOfOneAreEuclidean() {
    Metric weighted = Metric.weighted(new double[] {1, 1, 1, 1});
    assertThat(weighted.distance(WALES.row(0), WALES.row(1))).isEqualTo(Metric.euclidean().distance(WALES.row(0), WALES.row(1)));
    // Weight only the first covariate: the distance is the gap in that z-score.
    Metric first = Metric.weighted(new double[] {1, 0, 0, 0});
    assertThat(first.distance(WALES.row(0), WALES.row(1))).isEqualTo(Math.abs(WALES.row(0)[0] - WALES.row(1)[0]));
  }

  @Test
  void rejectsConstantCovariatesAndBadK() {
    assertThatThrownBy(() -> Standardised.of(new double[][] {{1, 2}, {1, 3}, {1, 4}})).hasMessageContaining("same");
    assertThatThrownBy(() -> Neighbours.nearest(WALES, 0, 22, Metric.euclidean())).hasMessageContaining("k must");
  }

  @Property
  void distancesAreSymmetric(@ForAll @Size(min = 4, max = 4) List<@DoubleRange(min = -50, max = 50) Double> a,
                             @ForAll @Size(min = 4, max = 4) List<@DoubleRange(min = -50, max = 50) Double> b,
                             @ForAll @Size(min = 4, max = 4) List<@DoubleRange(min = 0.1, max = 3) Double> weights) {
    double[] x = a.stream().mapToDouble(Double::doubleValue).toArray();
    double[] y = b.stream().mapToDouble(Double::doubleValue).toArray();
    Metric mahalanobis = Metric.mahalanobis(WALES);
    Metric weighted = Metric.weighted(weights.stream().mapToDouble(Double::doubleValue).toArray());
    for (Metric metric : List.of(Metric.euclidean(), weighted, mahalanobis)) {
      assertThat(metric.distance(x, y)).isCloseTo(metric.distance(y, x), org.assertj.core.api.Assertions.within(1e-9));
      assertThat(metric.distance(x, x)).isCloseTo(0, org.assertj.core.api.Assertions.within(1e-9));
    }
  }

  @Test
  void peerComparisonUsesTheMedianAndRange() {
    PeerComparison comparison = PeerComparison.of(150, new double[] {90, 120, 100, 80, 110});
    assertThat(comparison.median()).isEqualTo(100);
    assertThat(comparison.minimum()).isEqualTo(80);
    assertThat(comparison.maximum()).isEqualTo(120);
    assertThat(comparison.ratioToMedian()).isEqualTo(1.5);
    assertThat(comparison.position()).isEqualTo(PeerComparison.Position.ABOVE_RANGE);
    assertThat(PeerComparison.of(95, new double[] {90, 100}).median()).isEqualTo(95);
  }
}
