package uk.lacexplorer.stats.shrinkage;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.stats.testing.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.testing.ReferenceCsv;

/** Against MASS negative binomial fits and qgamma in R (reference/compare/compare_reference.R). Agreement 1e-6. */
class PoissonGammaShrinkageReferenceTest {
  private static Map<String, List<AreaCount>> datasets() {
    Map<String, List<AreaCount>> byDataset = new LinkedHashMap<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/funnel/funnel_units.csv")) {
      byDataset.computeIfAbsent(row.text("dataset"), key -> new ArrayList<>())
          .add(new AreaCount(row.text("id"), row.number("observed"), row.number("denominator")));
    }
    return byDataset;
  }

  @Test
  void priorAndPosteriorsMatchR() {
    Map<String, List<AreaCount>> datasets = datasets();
    Map<String, Shrinkage> results = new LinkedHashMap<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/compare/shrinkage_prior.csv")) {
      Shrinkage shrinkage = PoissonGammaShrinkage.estimate(datasets.get(row.text("dataset")), 0.95);
      results.put(row.text("dataset"), shrinkage);
      assertClose("mean", shrinkage.prior().mean(), row.number("mean"), 1e-6);
      assertClose("shape", shrinkage.prior().shape(), row.number("shape"), 1e-6);
      assertClose("shape se", shrinkage.prior().shapeStandardError(), row.number("shape_se"), 1e-6);
    }
    int checked = 0;
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/compare/shrinkage_reference.csv")) {
      ShrunkRate rate = results.get(row.text("dataset")).rates().stream()
          .filter(r -> r.area().id().equals(row.text("id"))).findFirst().orElseThrow();
      String what = row.text("dataset") + " " + row.text("id");
      assertClose(what + " estimate", rate.estimate(), row.number("estimate"), 1e-6);
      assertClose(what + " lower", rate.interval().lower(), row.number("lower"), 1e-6);
      assertClose(what + " upper", rate.interval().upper(), row.number("upper"), 1e-6);
      assertClose(what + " shrinkage", rate.shrinkage(), row.number("shrinkage"), 1e-6);
      checked++;
    }
    assertThat(checked).isEqualTo(172);
  }

  @Test
  void smallAreasMoveFurtherTowardsTheMeanThanLargeOnes() {
    Shrinkage shrinkage = PoissonGammaShrinkage.estimate(datasets().get("overdispersed22"), 0.95);
    for (ShrunkRate rate : shrinkage.rates()) {
      double towards = Math.abs(rate.estimate() - rate.rawRate());
      double gap = Math.abs(shrinkage.prior().mean() - rate.rawRate());
      assertThat(towards).isCloseTo(rate.shrinkage() * gap, org.assertj.core.api.Assertions.within(1e-12));
      assertThat(rate.interval().upper() - rate.interval().lower())
          .isLessThan(rate.raw().upper() - rate.raw().lower());
    }
  }

  @Test
  void withoutOverdispersionEveryEstimateIsThePooledRate() {
    Shrinkage shrinkage = PoissonGammaShrinkage.estimate(datasets().get("underdispersed8"), 0.95);
    assertThat(shrinkage.prior().noVariation()).isTrue();
    assertThat(shrinkage.prior().mean()).isEqualTo(0.01);
    assertThat(shrinkage.rates()).allSatisfy(rate -> {
      assertThat(rate.estimate()).isEqualTo(0.01);
      assertThat(rate.shrinkage()).isEqualTo(1.0);
    });
  }
}
