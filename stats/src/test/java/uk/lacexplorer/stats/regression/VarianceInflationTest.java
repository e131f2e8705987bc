package uk.lacexplorer.stats.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.reference.Close;
import uk.lacexplorer.stats.reference.ReferenceTable;
import uk.lacexplorer.stats.reference.Wales2012;

class VarianceInflationTest {
  @Test
  void matchesOneOverOneMinusRSquaredFromR() {
    ReferenceTable r = ReferenceTable.read("need_models.csv");
    Map<String, Double> vifs = VarianceInflation.of(Wales2012.design(Wales2012.ALL_COVARIATES));
    assertThat(vifs.keySet()).containsExactlyElementsOf(Wales2012.ALL_COVARIATES);
    for (String name : Wales2012.ALL_COVARIATES) Close.relative("vif " + name, vifs.get(name), r.value("vif", "vif", name));
  }

  @Test
  void aSingleCovariateHasVifOne() {
    assertThat(VarianceInflation.of(Wales2012.design(List.of("wimd30")))).containsEntry("wimd30", 1.0);
  }
}
