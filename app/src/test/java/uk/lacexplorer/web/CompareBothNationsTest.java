package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.store.Database;

/**
 * On the shipped dataset: /compare?nation=both (the joint model's answer and Welsh outliers) and the profile's other
 * factors beside the nation's authorities (the same numbers as /api/v1/factors), in English and Welsh.
 */
class CompareBothNationsTest {
  private static Application shipped;

  private static synchronized Application shipped() throws Exception {
    if (shipped == null) {
      shipped = new Application(new Config(Files.createTempDirectory("lacx-compare-both"),
          Database.inMemoryUrl("compare-both"), null, null, DatasetFiles.Location.classpath()));
    }
    return shipped;
  }

  @Test
  void theProfileShowsTheOtherFactorsOfTheResearchBesideItsNation() throws Exception {
    JavalinTest.test(uk.lacexplorer.Wiring.web(shipped(), WebSettings.defaults()), (server, client) -> {
      String english = client.get("/area/W06000020?lang=en").body().string();
      String section = english.substring(english.indexOf("id=\"factors\""), english.indexOf("id=\"intervention-points\""));
      assertThat(section).contains("Other factors the 2013 research looked at").contains("id=\"factors-table\"")
          .contains("none of them says what its rate should be").contains("/api/v1/factors?area=W06000020");
      JsonNode api = WebTestSupport.JSON.readTree(client.get("/api/v1/factors?area=W06000020").body().string());
      JsonNode size = null;
      for (JsonNode row : api) if (row.path("measure").asString().equals("household_size_mean")) size = row;
      assertThat(size).isNotNull();
      // The table shows the API's numbers, household size to two places: value, then the Welsh median.
      // (rounded from the exact binary value: 2.295 is stored just below 2.295, so it shows as 2.29)
      String value = new java.math.BigDecimal(size.path("value").asDouble()).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
      String median = new java.math.BigDecimal(size.path("nation_median").asDouble()).setScale(2, java.math.RoundingMode.HALF_EVEN).toPlainString();
      assertThat(section).containsPattern("<th scope=\"row\"[^>]*>Average household size[^<]*</th>\\s*<td[^>]*>2021</td>"
          + "\\s*<td[^>]*>" + value + "</td>\\s*<td[^>]*>" + median + "</td>");
      assertThat(section).doesNotContain("placed for adoption");
      String welsh = client.get("/area/W06000020?lang=cy").body().string();
      assertThat(welsh).contains("Ffactorau eraill a ystyriodd ymchwil 2013").contains("Canolrif awdurdodau'r wlad");
      String england = client.get("/area/E06000001?lang=en").body().string();
      assertThat(england.substring(england.indexOf("id=\"factors\""))).containsIgnoringCase("placed for adoption");
    });
  }

  @Test
  void theJointModelIsShownInBothLanguages() throws Exception {
    JavalinTest.test(uk.lacexplorer.Wiring.web(shipped(), WebSettings.defaults()), (server, client) -> {
      String english = client.get("/compare?nation=both&year=2018").body().string();
      assertThat(english).contains("id=\"joint-model\"").contains("Welsh rates are")
          .contains("95% confidence interval").contains("Welsh authorities outside the 95% limits").contains("Torfaen");
      String welsh = client.get("/compare?nation=both&year=2018&lang=cy").body().string();
      assertThat(welsh).contains("id=\"joint-model\"").contains("mae cyfraddau Cymru").contains("cyfwng hyder 95%")
          .contains("Awdurdodau yng Nghymru y tu allan").contains("Tor-faen");
      JsonNode api = WebTestSupport.JSON.readTree(client.get("/api/v1/model?nation=both&year=2018").body().string());
      JsonNode effect = api.path("nation_effect");
      assertThat(effect.path("ratio").asDouble()).isGreaterThan(1);
      assertThat(effect.path("summary_cy").asString()).contains("Cymru");
      assertThat(effect.path("welsh_outliers").size()).isPositive();
    });
  }

  @Test
  void aWelshProfileShowsItsPlaceAmongAllAuthorities() throws Exception {
    JavalinTest.test(uk.lacexplorer.Wiring.web(shipped(), WebSettings.defaults()), (server, client) -> {
      String english = client.get("/area/W06000020").body().string();
      assertThat(english).contains("id=\"profile-joint\"").contains("in the model of all 170 authorities")
          .contains("above the 95% limits of their funnel");
      String welsh = client.get("/area/W06000020?lang=cy").body().string();
      assertThat(welsh).contains("id=\"profile-joint\"").contains("yn y model o'r holl 170 awdurdod");
      // An English authority's profile has no such line.
      assertThat(client.get("/area/E06000006").body().string()).doesNotContain("id=\"profile-joint\"");
    });
  }
}
