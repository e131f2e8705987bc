package uk.lacexplorer.need;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lacexplorer.area.Nation;

/**
 * {@code neighbours --nation both}: each Welsh authority's nearest English authorities on the harmonised factors,
 * checked against distances worked out here from the table's raw values (mean and n-1 standard deviation over all
 * authorities of both nations, Euclidean distance), independently of the stats code.
 */
class NeighboursAcrossTheBorderTest {
  @RegisterExtension
  static final ShippedNeedTables SHIPPED = new ShippedNeedTables();

  @Test
  void everyWelshAuthorityGetsItsNearestEnglishAuthorities() {
    NeedRequest need = NeedRequest.of(NationScope.BOTH, 2018, List.of());
    List<NeighbourSet> sets = new NeighbourService(SHIPPED.tables()).run(new NeighboursRequest(null, need, 5, MetricChoice.euclidean(), false));
    assertThat(sets).hasSize(22);
    NeedTable table = SHIPPED.tables().load(HarmonisedFactors.orDefault(need));
    assertThat(table.covariates()).containsExactlyElementsOf(HarmonisedFactors.DEFAULT);
    int k = table.covariates().size();
    double[] mean = new double[k];
    double[] sd = new double[k];
    for (AuthorityNeed row : table.rows()) for (int j = 0; j < k; j++) mean[j] += row.covariates()[j] / table.size();
    for (AuthorityNeed row : table.rows()) {
      for (int j = 0; j < k; j++) sd[j] += Math.pow(row.covariates()[j] - mean[j], 2) / (table.size() - 1);
    }
    for (NeighbourSet set : sets) {
      assertThat(set.authority().nation()).isEqualTo(Nation.WALES);
      double[] self = set.authority().covariates();
      List<double[]> english = new ArrayList<>();
      List<String> codes = new ArrayList<>();
      for (AuthorityNeed row : table.rows()) {
        if (row.nation() != Nation.ENGLAND) continue;
        double squares = 0;
        for (int j = 0; j < k; j++) squares += Math.pow((row.covariates()[j] - self[j]) / Math.sqrt(sd[j]), 2);
        english.add(new double[] {Math.sqrt(squares), codes.size()});
        codes.add(row.code().value());
      }
      english.sort(Comparator.comparingDouble(d -> d[0]));
      for (int i = 0; i < 5; i++) {
        assertThat(set.neighbours().get(i).authority().code().value()).as(set.authority().name()).isEqualTo(codes.get((int) english.get(i)[1]));
        assertThat(set.neighbours().get(i).distance()).isCloseTo(english.get(i)[0], within(1e-9));
      }
    }
    // Torfaen's nearest English authority is Halton (E06000006).
    NeighbourSet torfaen = sets.stream().filter(s -> s.authority().code().value().equals("W06000020")).findFirst().orElseThrow();
    assertThat(torfaen.neighbours().get(0).authority().code().value()).isEqualTo("E06000006");
  }

  @Test
  void anAreaIsNeededForOneNation() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new NeighboursRequest(null,
        NeedRequest.of(NationScope.WALES, 2018, List.of()), 5, MetricChoice.euclidean(), false))
        .isInstanceOf(uk.lacexplorer.i18n.UserError.class);
  }
}
