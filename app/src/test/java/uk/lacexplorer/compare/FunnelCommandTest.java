package uk.lacexplorer.compare;

import uk.lacexplorer.compare.FunnelRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.FunnelPlot;
import uk.lacexplorer.stats.funnel.FunnelUnit;
import uk.lacexplorer.stats.funnel.LimitMethod;

class FunnelCommandTest {
  @TempDir
  static Path folder;
  static Application services;

  @BeforeAll
  static void open() {
    services = TestStore.open(folder);
  }

  @AfterAll
  static void close() {
    services.close();
  }

  @Test
  void printsTheIssuesCsvColumnsWithOneRowPerAuthority() {
    TestStore.Run run = TestStore.run(services, "funnel", "--nation", "wales", "--year", "2012", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo(
        "area_code,area_name,area_name_cy,nation,count,population_0_17,rate_per_10000,target_rate_per_10000,"
            + "limit95_lower,limit95_upper,limit998_lower,limit998_upper,position,count_flag");
    assertThat(lines).hasSize(1 + TestStore.WALES.size());
  }

  @Test
  void poolsTheAuthoritiesOnTheNearestPopulationAndPlacesThemAgainstExactLimits() {
    FunnelResult report = services.funnel().run(new FunnelRequest(
        new uk.lacexplorer.compare.CountRequest(List.of(uk.lacexplorer.area.Nation.WALES), 2012,
            uk.lacexplorer.measure.MeasureId.LOOKED_AFTER, uk.lacexplorer.rates.DenominatorPolicy.NEAREST,
            uk.lacexplorer.rates.PopulationSeries.AUTO), FunnelOptions.defaults(), false));
    // Written out independently: 2012 counts over the mid-2011 populations (the mid-year before 31 March 2012).
    List<FunnelUnit> units = new ArrayList<>();
    double counts = 0;
    double populations = 0;
    for (TestStore.Authority authority : TestStore.WALES) {
      double count = TestStore.count(authority, 2012);
      double population = TestStore.population(authority, 2011);
      units.add(new FunnelUnit(authority.code(), count, population));
      counts += count;
      populations += population;
    }
    assertThat(report.pooledRatePer10k()).isCloseTo(counts / populations * 10_000, within(1e-9));
    var expected = FunnelPlot.analyse(units, FunnelOptions.defaults().with(LimitMethod.EXACT));
    for (int i = 0; i < units.size(); i++) {
      FunnelResult.Point point = report.points().get(i);
      assertThat(point.areaCode()).isEqualTo(units.get(i).id());
      assertThat(point.upper998()).isCloseTo(expected.points().get(i).limits().upper998() * 10_000, within(1e-9));
      assertThat(point.position()).isEqualTo(expected.points().get(i).position().id());
    }
    assertThat(report.points()).filteredOn(p -> p.areaName().equals("Neath Port Talbot"))
        .extracting(FunnelResult.Point::position).containsExactly("above_998");
    assertThat(report.points()).filteredOn(p -> p.areaName().equals("Flintshire"))
        .extracting(FunnelResult.Point::position).containsExactly("below_998");
    assertThat(report.denominators()).containsExactly("wales: population_0_17 ONS mid-2011 estimate (Census 2011)");
  }

  @Test
  void bothNationsPoolEveryAuthorityAndNameTheDenominatorsOfEach() {
    TestStore.Run run = TestStore.run(services, "funnel", "--nation", "both", "--year", "2018", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("points").size()).isEqualTo(TestStore.WALES.size() + TestStore.ENGLAND.size());
    // 31 March 2018 on mid-2017 in both nations (this test data has no DfE denominators, so England is on ONS too).
    assertThat(json.get("denominators").toString()).contains("wales: population_0_17 ONS mid-2017 estimate")
        .contains("england: population_0_17 ONS mid-2017 estimate");
    assertThat(json.get("curve").size()).isEqualTo(100);
    assertThat(json.get("published_rate_per_10000").isNull()).isTrue();
  }

  @Test
  void tablePrintsPhiTauAndTheMethod() {
    TestStore.Run run = TestStore.run(services, "funnel", "--nation", "wales", "--year", "2018",
        "--overdispersion", "additive");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("phi = ").contains("tau2 = ").contains("N = 8")
        .contains("additive (random effects, τ²) overdispersion adjustment on the square-root scale");
  }

  @Test
  void curvePrintsLimitsForDrawing() {
    TestStore.Run run = TestStore.run(services, "funnel", "--nation", "england", "--year", "2017", "--limits", "phe",
        "--curve", "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo("population_0_17,target_rate_per_10000,limit95_lower,limit95_upper,limit998_lower,limit998_upper");
    assertThat(run.out().lines().count()).isEqualTo(101);
  }

  @Test
  void rejectsAYearWithoutData() {
    assertOneLineUserError(TestStore.run(services, "funnel", "--nation", "wales", "--year", "2002"),
        "no children_looked_after for Wales in 2002");
  }

  @Test
  void rejectsBothNationsInAYearOnlyOneHas() {
    assertOneLineUserError(TestStore.run(services, "funnel", "--nation", "both", "--year", "2005"),
        "--nation both needs a year both nations have");
  }

  @Test
  void rejectsAMeasureWithoutAPopulation() {
    assertOneLineUserError(TestStore.run(services, "funnel", "--nation", "wales", "--year", "2011", "--measure",
        "population_0_17"), "has no population to divide by");
  }

  @Test
  void rejectsASingleAuthority() {
    assertOneLineUserError(TestStore.run(services, "funnel", "--nation", "wales", "--year", "2015", "--measure",
        "children_started_looked_after"), "1 authority with a count and a population; a comparison needs at least 2");
  }

  @Test
  void rejectsAllZeroCounts() {
    assertOneLineUserError(TestStore.run(services, "funnel", "--nation", "wales", "--year", "2016", "--measure",
        "children_ceased_looked_after"), "every authority's count is zero");
  }

  @Test
  void rejectsAnUnknownLimitMethod() {
    assertOneLineUserError(TestStore.run(services, "funnel", "--nation", "wales", "--year", "2016", "--limits", "wild"),
        "unknown --limits 'wild': use exact, phe or normal");
  }

  static void assertOneLineUserError(TestStore.Run run, String text) {
    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains(text);
  }
}
