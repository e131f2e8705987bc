package uk.lacexplorer.stats.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lacexplorer.stats.testing.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.testing.ReferenceCsv;

/** Against R's weighted lm (reference/compare/compare_reference.R; how is in its header). */
class RecentTrendReferenceTest {
  @Test
  void slopeChiSquaredAndDirectionMatchWeightedLeastSquaresInR() {
    Map<String, List<TrendPoint>> series = new LinkedHashMap<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/compare/trend_series.csv")) {
      series.computeIfAbsent(row.text("series"), key -> new ArrayList<>()).add(TrendPoint.rate(
          (int) row.number("year"), row.number("observed"), row.number("population"), 10_000));
    }
    List<ReferenceCsv.Row> expected = ReferenceCsv.read("/reference/compare/trend_reference.csv");
    assertThat(expected).hasSize(5);
    for (ReferenceCsv.Row row : expected) {
      String name = row.text("series");
      TrendTest test = RecentTrend.test(series.get(name));
      assertClose(name + " slope", test.slope(), row.number("slope"), 1e-9);
      assertClose(name + " slope se", test.slopeStandardError(), row.number("slope_se"), 1e-9);
      assertClose(name + " chi2", test.chiSquared(), row.number("chi_squared"), 1e-9);
      assertClose(name + " critical", test.criticalValue(), row.number("critical"), 1e-9);
      assertThat(test.signStable()).as(name).isEqualTo(Boolean.parseBoolean(row.text("sign_stable").toLowerCase()));
      assertThat(test.direction().id()).as(name).isEqualTo(row.text("direction"));
      assertThat(test.points()).hasSize(5);
    }
  }

  @Test
  void criticalValueIsTheOneFingertipsQuotes() {
    assertThat(RecentTrend.CRITICAL_998).isCloseTo(9.5495, org.assertj.core.api.Assertions.within(1e-4));
  }

  @Test
  void fewerThanFivePointsCannotBeCalculated() {
    TrendTest test = RecentTrend.test(List.of(TrendPoint.rate(2017, 10, 1000, 1), TrendPoint.rate(2018, 12, 1000, 1)));
    assertThat(test.direction()).isEqualTo(TrendDirection.CANNOT_BE_CALCULATED);
    assertThat(test.reason()).contains("fewer than 5 points");
  }

  @Test
  void aZeroCountCannotBeWeighted() {
    List<TrendPoint> points = new ArrayList<>();
    for (int year = 2014; year <= 2018; year++) points.add(TrendPoint.rate(year, year == 2016 ? 0 : 5, 1000, 1));
    assertThat(RecentTrend.test(points).direction()).isEqualTo(TrendDirection.CANNOT_BE_CALCULATED);
  }

  @Test
  void comparisonNeedsTheWholeIntervalOnOneSide() {
    var interval = new uk.lacexplorer.stats.rate.Interval(90, 110, 0.95);
    assertThat(Comparison.of(interval, 89.9)).isEqualTo(Comparison.HIGHER);
    assertThat(Comparison.of(interval, 110.1)).isEqualTo(Comparison.LOWER);
    assertThat(Comparison.of(interval, 110)).isEqualTo(Comparison.SIMILAR);
  }
}
