package uk.lacexplorer.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.lacexplorer.compare.FunnelCommandTest.assertOneLineUserError;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.application.Application;

/** trend, changepoints, shrinkage and change on the invented {@link TestStore} data. */
class CompareCommandsTest {
  @TempDir
  static Path folder;
  static Application services;
  static final TestStore.Authority TORFAEN = TestStore.WALES.stream().filter(a -> a.name().equals("Torfaen")).findFirst().orElseThrow();

  @BeforeAll
  static void open() {
    services = TestStore.open(folder);
    TestStore.Run added = TestStore.run(services, "events", "add", "--area", "Torfaen", "--date", "2011-05-01",
        "--type", "head_of_service", "--label", "New head of children's services", "--source", "Council press release");
    assertThat(added.exitCode()).as(added.err()).isZero();
  }

  @AfterAll
  static void close() {
    services.close();
  }

  private static JsonNode json(String... args) {
    TestStore.Run run = TestStore.run(services, args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
  }

  @Test
  void trendGivesEveryYearWithItsInterpolatedPopulationAndTheNationalRate() {
    JsonNode report = json("trend", "--area", "Torfaen", "--format", "json");
    JsonNode years = report.get("years");
    assertThat(years.size()).isEqualTo(16);
    // 31 March 2013 on mid-2012, 1/6 of the way from the mid-2011 estimate to the mid-2017 one.
    JsonNode year2013 = years.get(2013 - 2003);
    double population = TestStore.population(TORFAEN, 2011)
        + (TestStore.population(TORFAEN, 2017) - TestStore.population(TORFAEN, 2011)) / 6;
    assertThat(year2013.get("rate_per_10000").asDouble())
        .isCloseTo(TestStore.count(TORFAEN, 2013) / population * 10_000, within(5e-5));
    assertThat(year2013.get("population_year").isNull()).isTrue();
    assertThat(year2013.get("denominator_note").asString()).isEqualTo("interpolated between ONS mid-2011 (Census 2011) and mid-2017");
    double walesCount = TestStore.WALES.stream().mapToDouble(a -> TestStore.count(a, 2013)).sum();
    double walesPopulation2011 = TestStore.WALES.stream().mapToDouble(a -> TestStore.population(a, 2011)).sum();
    double walesPopulation2017 = TestStore.WALES.stream().mapToDouble(a -> TestStore.population(a, 2017)).sum();
    double walesPopulation = walesPopulation2011 + (walesPopulation2017 - walesPopulation2011) / 6;
    assertThat(year2013.get("national_rate_per_10000").asDouble()).isCloseTo(walesCount / walesPopulation * 10_000, within(5e-5));
    // 31 March 2012 on the mid-2011 estimate itself.
    JsonNode year2012 = years.get(2012 - 2003);
    assertThat(year2012.get("rate_per_10000").asDouble())
        .isCloseTo(TestStore.count(TORFAEN, 2012) / TestStore.population(TORFAEN, 2011) * 10_000, within(5e-5));
    assertThat(year2012.get("population_year").asInt()).isEqualTo(2011);
    assertThat(year2012.get("vs_national_95").asString()).isEqualTo("higher");
    assertThat(report.get("trend").get("direction").asString()).isEqualTo("increasing");
    assertThat(report.get("trend").get("years").toString()).isEqualTo("[2014,2015,2016,2017,2018]");
    assertThat(report.get("events").toString()).contains("New head of children's services");
  }

  @Test
  void changePointsFindTorfaensBreakWithTheEventNearIt() {
    JsonNode report = json("changepoints", "--area", "Torfaen", "--format", "json");
    JsonNode breaks = report.get("authorities").get(0).get("breaks");
    assertThat(breaks.size()).isGreaterThanOrEqualTo(1);
    JsonNode first = breaks.get(0);
    assertThat(first.get("earliest").asInt()).isLessThanOrEqualTo(2010);
    assertThat(first.get("latest").asInt()).isGreaterThanOrEqualTo(2010);
    assertThat(first.get("growth_after_pct").asDouble()).isGreaterThan(first.get("growth_before_pct").asDouble());
    assertThat(first.get("events").toString()).contains("New head of children's services");
    TestStore.Run table = TestStore.run(services, "changepoints", "--area", "Torfaen");
    assertThat(table.out()).contains("events within two years: 2011-05-01 head_of_service: New head of children's services");
  }

  @Test
  void changePointsForANationCoverEveryAuthority() {
    TestStore.Run run = TestStore.run(services, "changepoints", "--nation", "wales", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out()).get("authorities").size()).isEqualTo(TestStore.WALES.size());
  }

  @Test
  void shrinkagePutsEachEstimateBetweenTheRawRateAndTheMean() {
    JsonNode report = json("shrinkage", "--nation", "wales", "--year", "2012", "--format", "json");
    double mean = report.get("prior_mean_per_10000").asDouble();
    assertThat(report.get("rows").size()).isEqualTo(8);
    for (JsonNode row : report.get("rows")) {
      double raw = row.get("rate_per_10000").asDouble();
      double estimate = row.get("eb_rate_per_10000").asDouble();
      assertThat(estimate).isBetween(Math.min(raw, mean), Math.max(raw, mean));
    }
  }

  @Test
  void changeRanksAuthoritiesAndGivesTheNationalChange() {
    JsonNode report = json("change", "--from", "2005", "--to", "2011", "--format", "json");
    JsonNode rows = report.get("rows");
    assertThat(rows.size()).isEqualTo(8);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).get("change").asDouble()).isLessThanOrEqualTo(rows.get(i - 1).get("change").asDouble());
      assertThat(rows.get(i).get("rank").asInt()).isEqualTo(i + 1);
    }
    // 31 March 2005 looks for mid-2004, which has no estimate: the nearest is mid-2008. 31 March 2011 looks for mid-2010,
    // interpolated 2/3 of the way from mid-2008 to mid-2011. The same series (ONS) at both ends.
    double count2005 = TestStore.WALES.stream().mapToDouble(a -> TestStore.count(a, 2005)).sum();
    double count2011 = TestStore.WALES.stream().mapToDouble(a -> TestStore.count(a, 2011)).sum();
    double population2008 = TestStore.WALES.stream().mapToDouble(a -> TestStore.population(a, 2008)).sum();
    double population2011 = TestStore.WALES.stream().mapToDouble(a -> TestStore.population(a, 2011)).sum();
    double population2010 = population2008 + 2.0 / 3 * (population2011 - population2008);
    JsonNode wales = report.get("nation_rows").get(0);
    assertThat(wales.get("change").asDouble())
        .isCloseTo((count2011 / population2010 - count2005 / population2008) * 10_000, within(5e-5));
    assertThat(report.get("denominators").toString())
        .contains("2005 wales: population_0_17 nearest estimate: ONS mid-2008 estimate")
        .contains("2011 wales: population_0_17 interpolated between ONS mid-2008 and mid-2011 (Census 2011)");
  }

  @Test
  void changeCsvListsAuthoritiesThenTheNation() {
    TestStore.Run run = TestStore.run(services, "change", "--from", "2010", "--to", "2018", "--nation", "england",
        "--format", "csv");
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).isEqualTo("rank,area_code,area_name,count_from,population_from,rate_from,count_to,"
        + "population_to,rate_to,change,ci95_lower,ci95_upper,significant");
    assertThat(lines).hasSize(1 + TestStore.ENGLAND.size() + 1);
    assertThat(lines.get(lines.size() - 1)).startsWith(",E92000001,England,");
  }

  @Test
  void rejectsBadRequestsWithOneLine() {
    assertOneLineUserError(TestStore.run(services, "trend", "--area", "Atlantis"), "unknown area 'Atlantis'");
    assertOneLineUserError(TestStore.run(services, "trend", "--area", "Torfaen", "--measure", "population_0_17"),
        "has no population to divide by");
    assertOneLineUserError(TestStore.run(services, "changepoints", "--area", "Cardiff", "--measure",
        "children_started_looked_after"), "change points need at least 5 years");
    assertOneLineUserError(TestStore.run(services, "changepoints"), "give either --area or --nation");
    assertOneLineUserError(TestStore.run(services, "shrinkage", "--nation", "wales", "--year", "2015", "--measure",
        "children_started_looked_after"), "a comparison needs at least 2");
    assertOneLineUserError(TestStore.run(services, "shrinkage", "--nation", "wales", "--year", "2016", "--measure",
        "children_ceased_looked_after"), "every authority's count is zero");
    assertOneLineUserError(TestStore.run(services, "change", "--from", "2011", "--to", "2005"), "must be after --from");
    assertOneLineUserError(TestStore.run(services, "change", "--from", "2001", "--to", "2011"),
        "no children_looked_after for Wales in 2001");
  }
}
