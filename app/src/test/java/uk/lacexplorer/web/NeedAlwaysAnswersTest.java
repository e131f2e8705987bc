package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.dataset.Dataset;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.store.Database;

/**
 * Need adjustment answers on the web for every authority of both nations: the fixture with England's first need
 * factor (lone-parent households) missing for Hartlepool, as the real data lacks it for 6 English authorities, and an
 * IMD score present for all. The profile must fall back to the complete factor, say which factor and year it used and
 * show observed / expected with its interval; the Compare page must offer the ways out as form controls, never flags.
 */
class NeedAlwaysAnswersTest {
  private static final String[][] MORE_ENGLAND = {{"E06000002", "Middlesbrough"}, {"E06000003", "Redcar and Cleveland"},
      {"E06000004", "Stockton-on-Tees"}, {"E06000005", "Darlington"}, {"E08000026", "Coventry"},
      {"E09000001", "City of London"}};
  private static Application services;

  @BeforeAll
  static void start() throws Exception {
    Dataset fixture = WebFixture.dataset();
    List<Observation> observations = new ArrayList<>();
    for (Observation each : fixture.observations()) {
      boolean hartlepoolLoneParent = each.area().value().equals("E06000001")
          && each.measure().equals("lone_parent_households_pct");
      if (!hartlepoolLoneParent) observations.add(each);
    }
    String[] england = {"E06000001", "E08000025", "E09000033", "E10000002", "E06000060"};
    for (int i = 0; i < england.length; i++) {
      observations.add(new Observation(new AreaCode(england[i]), "imd_average_score", 2019, "", 15.0 + 7 * i, Set.of(),
          "fixture_need"));
    }
    // Six more English authorities, so that a model of one factor has enough of them (at least five per factor).
    List<uk.lacexplorer.area.Area> areas = new ArrayList<>(fixture.areas());
    for (int i = 0; i < MORE_ENGLAND.length; i++) {
      AreaCode code = new AreaCode(MORE_ENGLAND[i][0]);
      areas.add(new uk.lacexplorer.area.Area(code, MORE_ENGLAND[i][1], null, uk.lacexplorer.area.Nation.ENGLAND,
          uk.lacexplorer.area.AreaType.LOCAL_AUTHORITY, null, null, List.of(),
          uk.lacexplorer.area.Nation.ENGLAND.countryCode()));
      for (int year = WebFixture.FIRST_YEAR; year <= WebFixture.LAST_YEAR; year++) {
        observations.add(new Observation(code, "children_looked_after", year, "", 60.0 + 17 * i + 3 * (year % 4),
            Set.of(), "fixture_counts"));
        if (year < WebFixture.LAST_YEAR) {
          observations.add(new Observation(code, "population_0_17", year, "", 20_000.0 + 2_500 * i, Set.of(),
              "fixture_population"));
        }
      }
      observations.add(new Observation(code, "lone_parent_households_pct", 2022, "", 9.0 + i, Set.of(), "fixture_need"));
      observations.add(new Observation(code, "imd_average_score", 2019, "", 12.0 + 5 * i * (i % 3), Set.of(),
          "fixture_need"));
    }
    Path folder = Files.createTempDirectory("lacx-need-fixture");
    DatasetFiles.write(new Dataset(areas, fixture.aliases(), fixture.sources(), observations), folder);
    services = new Application(new Config(folder, Database.inMemoryUrl("need-always"), null, null,
        DatasetFiles.Location.folder(folder)));
  }

  @AfterAll
  static void stop() {
    services.close();
  }

  @Test
  void everyProfileOfBothNationsShowsObservedOverExpectedWithItsInterval() {
    List<String> codes = new ArrayList<>();
    for (String[] la : WebFixture.WALES) codes.add(la[0]);
    codes.addAll(List.of("E06000001", "E08000025", "E09000033", "E06000060"));
    for (String[] la : MORE_ENGLAND) codes.add(la[0]);
    Pattern ratio = Pattern.compile("(\\d+\\.\\d\\d) \\(95% confidence interval (\\d+\\.\\d\\d)[^\\d]+(\\d+\\.\\d\\d)\\)");
    JavalinTest.test(uk.lacexplorer.Wiring.web(services, WebSettings.defaults()), (server, client) -> {
      for (String code : codes) {
        String html = client.get("/area/" + code).body().string();
        assertThat(html).as(code).contains("Observed / expected for its need (")
            .doesNotContain("--covariate-year").doesNotContain("--skip-missing");
        Matcher found = ratio.matcher(html);
        assertThat(found.find()).as(code + " shows a ratio with its interval").isTrue();
        double value = Double.parseDouble(found.group(1));
        assertThat(Double.parseDouble(found.group(2))).as(code).isLessThanOrEqualTo(value);
        assertThat(Double.parseDouble(found.group(3))).as(code).isGreaterThanOrEqualTo(value);
        if (code.startsWith("E")) {
          // lone-parent households lack Hartlepool: the IMD score (2019) is the factor used, and the page says so
          assertThat(html).as(code).contains("IMD average score (England) (2019)");
        } else {
          assertThat(html).as(code).contains("(2019)");
        }
      }
      String welsh = client.get("/area/E06000001?lang=cy").body().string();
      assertThat(welsh).contains("A arsylwyd / a ddisgwylid ar gyfer ei angen (").contains("cyfwng hyder 95%");
    });
  }

  @Test
  void comparePageDefaultsToTheCompleteFactorAndOffersControlsWhenOneIsMissing() {
    JavalinTest.test(uk.lacexplorer.Wiring.web(services, WebSettings.defaults()), (server, client) -> {
      String defaults = client.get("/compare?nation=england").body().string();
      assertThat(defaults).contains("value=\"imd_average_score\" selected").doesNotContain("has no 2022 value");

      String chosen = client.get("/compare?nation=england&x=lone_parent_households_pct&covariates=lone_parent_households_pct")
          .body().string();
      assertThat(chosen).contains("has no 2022 value for 1 of 10 authorities: Hartlepool")
          .contains("data-missing-covariate=\"lone_parent_households_pct\"")
          .contains("name=\"skip-missing\" value=\"true\"")
          .contains("Leave out the authorities without a value")
          .doesNotContain("--skip-missing").doesNotContain("--covariate-year");

      String skipped = client.get("/compare?nation=england&x=lone_parent_households_pct"
          + "&covariates=lone_parent_households_pct&skip-missing=true").body().string();
      assertThat(skipped).doesNotContain("has no 2022 value for 1 of 10");
    });
  }

  @Test
  void browsingAMeasureOnlyEnglandHasDefaultsToItsOwnLatestYear() {
    JavalinTest.test(uk.lacexplorer.Wiring.web(services, WebSettings.defaults()), (server, client) -> {
      var response = client.get("/data/browse?measure=imd_average_score");
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.body().string()).contains("Hartlepool").contains("2019");
    });
  }
}
