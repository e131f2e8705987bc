package uk.lacexplorer.stats.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import uk.lacexplorer.stats.peers.Standardised;
import uk.lacexplorer.stats.reference.Wales2012;

class ClusteringPropertiesTest {
  private static final double[][] Z = Standardised.of(Wales2012.covariates(Wales2012.ALL_COVARIATES)).values();

  @Property(tries = 30)
  void kMeansIsStableUnderInputOrderForAFixedSeed(@ForAll long shuffleSeed, @ForAll @IntRange(min = 2, max = 6) int k) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < Z.length; i++) order.add(i);
    Collections.shuffle(order, new Random(shuffleSeed));
    double[][] shuffled = new double[Z.length][];
    for (int i = 0; i < Z.length; i++) shuffled[i] = Z[order.get(i)];
    int[] original = KMeans.cluster(Z, k, KMeans.DEFAULT_SEED, 5).labels();
    int[] permuted = KMeans.cluster(shuffled, k, KMeans.DEFAULT_SEED, 5).labels();
    for (int i = 0; i < Z.length; i++) assertThat(permuted[i]).isEqualTo(original[order.get(i)]);
  }

  @Property(tries = 30)
  void wardHeightsAreStableUnderInputOrder(@ForAll long shuffleSeed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < Z.length; i++) order.add(i);
    Collections.shuffle(order, new Random(shuffleSeed));
    double[][] shuffled = new double[Z.length][];
    for (int i = 0; i < Z.length; i++) shuffled[i] = Z[order.get(i)];
    double[] a = Ward.cluster(Z).height();
    double[] b = Ward.cluster(shuffled).height();
    for (int i = 0; i < a.length; i++) assertThat(b[i]).isCloseTo(a[i], org.assertj.core.api.Assertions.within(1e-9));
    int[] cutA = Ward.cluster(Z).cut(4);
    int[] cutB = Ward.cluster(shuffled).cut(4);
    int[] mapped = new int[Z.length];
    for (int i = 0; i < Z.length; i++) mapped[order.get(i)] = cutB[i];
    assertThat(ClusteringAgainstRTest.samePartition(cutA, mapped)).isTrue();
  }
}
