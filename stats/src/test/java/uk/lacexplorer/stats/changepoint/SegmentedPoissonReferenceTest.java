package uk.lacexplorer.stats.changepoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lacexplorer.stats.testing.Tolerance.assertClose;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.stats.testing.ReferenceCsv;

/** Against R's glm(poisson) over the same grid of break years (reference/compare/compare_reference.R). Agreement 1e-6. */
class SegmentedPoissonReferenceTest {
  private static final double TOLERANCE = 1e-6;

  private static Map<String, ChangePoints> detected() {
    Map<String, List<SeriesPoint>> series = new LinkedHashMap<>();
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/compare/changepoint_series.csv")) {
      series.computeIfAbsent(row.text("series"), key -> new ArrayList<>())
          .add(new SeriesPoint((int) row.number("year"), row.number("count"), row.number("population")));
    }
    Map<String, ChangePoints> result = new LinkedHashMap<>();
    series.forEach((name, points) -> result.put(name, SegmentedPoisson.detect(points, 3)));
    return result;
  }

  @Test
  void bestModelForEachNumberOfBreaksAndTheChoiceMatchR() {
    Map<String, ChangePoints> detected = detected();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("/reference/compare/changepoint_models.csv");
    assertThat(rows).hasSize(12);
    for (ReferenceCsv.Row row : rows) {
      String name = row.text("series");
      ChangePoints points = detected.get(name);
      int breaks = (int) row.number("breaks");
      Candidate candidate = points.candidates().get(breaks);
      List<Integer> years = row.text("years").isEmpty() ? List.of()
          : Arrays.stream(row.text("years").split(";")).map(Integer::valueOf).toList();
      assertThat(candidate.years()).as(name + " " + breaks).isEqualTo(years);
      assertClose(name + " deviance " + breaks, candidate.deviance(), row.number("deviance"), TOLERANCE);
      assertClose(name + " criterion " + breaks, candidate.criterion(), row.number("criterion"), TOLERANCE);
      assertClose(name + " dispersion", points.dispersion(), row.number("dispersion"), TOLERANCE);
      if (Boolean.parseBoolean(row.text("chosen").toLowerCase())) {
        assertThat(points.breaks()).as(name).hasSize(breaks);
      }
    }
  }

  @Test
  void breakSizesUncertaintyAndFittedRatesMatchR() {
    Map<String, ChangePoints> detected = detected();
    List<ReferenceCsv.Row> rows = ReferenceCsv.read("/reference/compare/changepoint_breaks.csv");
    assertThat(rows).hasSize(4);
    for (ReferenceCsv.Row row : rows) {
      String name = row.text("series") + " break " + row.text("index");
      Break found = detected.get(row.text("series")).breaks().get((int) row.number("index") - 1);
      assertThat(found.year()).as(name).isEqualTo((int) row.number("year"));
      assertClose(name + " delta", found.slopeChange(), row.number("slope_change"), TOLERANCE);
      assertClose(name + " se", found.standardError(), row.number("se"), TOLERANCE);
      assertClose(name + " lower", found.lower(), row.number("lower"), TOLERANCE);
      assertClose(name + " upper", found.upper(), row.number("upper"), TOLERANCE);
      assertClose(name + " p", found.p(), row.number("p"), 1e-5);
      assertThat(found.earliest()).as(name).isEqualTo((int) row.number("earliest"));
      assertThat(found.latest()).as(name).isEqualTo((int) row.number("latest"));
      assertClose(name + " growth before", found.growthBefore(), row.number("growth_before"), TOLERANCE);
      assertClose(name + " growth after", found.growthAfter(), row.number("growth_after"), TOLERANCE);
    }
    for (ReferenceCsv.Row row : ReferenceCsv.read("/reference/compare/changepoint_fitted.csv")) {
      ChangePoints points = detected.get(row.text("series"));
      int index = points.years().indexOf((int) row.number("year"));
      assertClose(row.text("series") + " fitted " + row.text("year"), points.fittedRates()[index],
          row.number("fitted_rate"), TOLERANCE);
      assertClose(row.text("series") + " initial growth", points.initialGrowth(), row.number("initial_growth"), TOLERANCE);
    }
    assertThat(detected.get("flat").breaks()).isEmpty();
  }

  @Test
  void breakYearsLeaveEverySegmentAtLeastThreeYearsLong() {
    int[] years = {2003, 2004, 2005, 2006, 2007, 2008, 2009};
    assertThat(SegmentedPoisson.breakSets(years, 1, 3)).containsExactly(List.of(2005), List.of(2006), List.of(2007));
    assertThat(SegmentedPoisson.breakSets(years, 2, 3)).containsExactly(List.of(2005, 2007));
  }

  @Test
  void rejectsASeriesTooShortForAnyBreak() {
    List<SeriesPoint> points = List.of(new SeriesPoint(2016, 10, 1000), new SeriesPoint(2017, 12, 1000),
        new SeriesPoint(2018, 11, 1000), new SeriesPoint(2019, 13, 1000));
    assertThatThrownBy(() -> SegmentedPoisson.detect(points, 3)).hasMessageContaining("at least 5 years");
  }
}
