package uk.lacexplorer.stats.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.stats.testing.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.testing.ReferenceCsv;

/**
 * Against values computed independently in R by reference/funnel/funnel_reference.R (its header says how: the
 * FunnelPlotR and PHEindicatormethods formulas written out by hand, R's qchisq/qgamma/uniroot/quantile).
 * Agreement 1e-9 relative.
 */
class FunnelReferenceTest {
  private static final double TOLERANCE = 1e-9;

  private static Map<String, List<FunnelUnit>> datasets() {
    Map<String, List<FunnelUnit>> byDataset = new LinkedHashMap<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/funnel/funnel_units.csv")) {
      byDataset.computeIfAbsent(row.text("dataset"), key -> new ArrayList<>())
          .add(new FunnelUnit(row.text("id"), row.number("observed"), row.number("denominator")));
    }
    return byDataset;
  }

  @Test
  void dispersionMatchesFunnelPlotRMethod() {
    Map<String, List<FunnelUnit>> datasets = datasets();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("/reference/funnel/funnel_dispersion.csv");
    assertThat(rows).hasSize(5);
    for (ReferenceCsv.Row row : rows) {
      Scale scale = Scale.parse(row.text("scale"));
      Funnel funnel = FunnelPlot.analyse(datasets.get(row.text("dataset")), FunnelOptions.defaults().with(scale));
      String what = row.text("dataset") + " " + scale;
      assertClose(what + " p0", funnel.pooledRate(), row.number("pooled_rate"), TOLERANCE);
      assertClose(what + " phi", funnel.dispersion().phi(), row.number("phi"), TOLERANCE);
      assertClose(what + " tau2", funnel.dispersion().tau2(), row.number("tau2"), TOLERANCE);
      assertClose(what + " lower winsor", funnel.dispersion().lowerWinsor(), row.number("lower_winsor"), TOLERANCE);
      assertClose(what + " upper winsor", funnel.dispersion().upperWinsor(), row.number("upper_winsor"), TOLERANCE);
      assertThat(funnel.dispersion().units()).isEqualTo(datasets.get(row.text("dataset")).size());
    }
  }

  @Test
  void limitsAndPositionsMatchReferenceForEveryMethod() {
    Map<String, List<FunnelUnit>> datasets = datasets();
    Map<String, Funnel> funnels = new LinkedHashMap<>();
    int checked = 0;
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/funnel/funnel_limits.csv")) {
      if (row.text("dataset").startsWith("at_p0")) continue;
      FunnelOptions options = FunnelOptions.defaults().with(LimitMethod.parse(row.text("limits")))
          .with(Overdispersion.parse(row.text("overdispersion"))).with(Scale.parse(row.text("scale")));
      String key = row.text("dataset") + options;
      Funnel funnel = funnels.computeIfAbsent(key, k -> FunnelPlot.analyse(datasets.get(row.text("dataset")), options));
      FunnelPoint point = funnel.points().stream().filter(p -> p.unit().id().equals(row.text("id"))).findFirst().orElseThrow();
      String what = key + " " + row.text("id");
      assertLimits(what, point.limits(), row);
      assertThat(point.position().id()).as(what).isEqualTo(row.text("position"));
      checked++;
    }
    assertThat(checked).isEqualTo(22 * 7 + 8 * 7 + 150 * 5);
  }

  @Test
  void limitsAtGivenDenominatorsMatchReference() {
    int checked = 0;
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/funnel/funnel_limits.csv")) {
      if (!row.text("dataset").equals("at_p0_0.009")) continue;
      double denominator = Double.parseDouble(row.text("id"));
      Limits limits = LimitMethod.parse(row.text("limits")).at(0.009, denominator);
      assertLimits(row.text("limits") + " n=" + denominator, limits, row);
      checked++;
    }
    assertThat(checked).isEqualTo(18);
  }

  @Test
  void adjustedLimitsAreUnadjustedWhenNotOverdispersed() {
    List<FunnelUnit> units = datasets().get("underdispersed8");
    Funnel plain = FunnelPlot.analyse(units, FunnelOptions.defaults());
    Funnel additive = FunnelPlot.analyse(units, FunnelOptions.defaults().with(Overdispersion.ADDITIVE));
    assertThat(additive.dispersion().phi()).isLessThan(1);
    assertThat(additive.limits().adjusted()).isFalse();
    assertThat(additive.points()).isEqualTo(plain.points());
  }

  private static void assertLimits(String what, Limits limits, ReferenceCsv.Row row) {
    assertClose(what + " lower95", limits.lower95(), row.number("lower95"), TOLERANCE);
    assertClose(what + " upper95", limits.upper95(), row.number("upper95"), TOLERANCE);
    assertClose(what + " lower998", limits.lower998(), row.number("lower998"), TOLERANCE);
    assertClose(what + " upper998", limits.upper998(), row.number("upper998"), TOLERANCE);
  }
}
