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
 * factors beside the nation's authorities (the same numbers as /api/v1/factors), in English and Welsh; and the
 * commissioning page, with a places file sent as a browser sends it (multipart).
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
  void theCommissioningPageSetsAPlacesFileAgainstTheProjection() throws Exception {
    JavalinTest.test(uk.lacexplorer.Wiring.web(shipped(), WebSettings.defaults()), (server, client) -> {
      String plain = client.get("/commission?area=E06000001&horizon=2").body().string();
      assertThat(plain).contains("id=\"demand-table\"").contains("estimate from published spend")
          .doesNotContain("id=\"gap-table\"").contains("£738.01 a week per child");
      String welsh = client.get("/commission?area=E06000001&horizon=2&lang=cy").body().string();
      assertThat(welsh).contains("Lleoliadau maeth").contains("amcangyfrif o wariant cyhoeddedig").contains("nid pris");

      var posted = post(server.port(), "type,capacity,provision,weekly_cost\nfoster,180,in-house,450\n");
      assertThat(posted.statusCode()).isEqualTo(200);
      assertThat(posted.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
      String gaps = posted.body().substring(posted.body().indexOf("id=\"gap-table\""));
      assertThat(gaps).containsPattern("Foster placements</th>\\s*<td[^>]*>180</td>");
      var wrong = post(server.port(), "type,capacity,provision,weekly_cost\nfoster,lots,in-house,450\n");
      assertThat(wrong.statusCode()).isEqualTo(400);
      assertThat(wrong.body()).contains("places.csv, line 2").contains("lots").doesNotContain("id=\"demand-table\"");
    });
  }

  /** The commissioning form as a browser posts it: multipart, with the places file. */
  private static java.net.http.HttpResponse<String> post(int port, String places) throws Exception {
    String boundary = "lacx" + System.nanoTime();
    StringBuilder body = new StringBuilder();
    for (String[] field : new String[][] {{"area", "E06000001"}, {"horizon", "2"}, {"entry-change", "0"}, {"exit-change", "0"}}) {
      body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(field[0])
          .append("\"\r\n\r\n").append(field[1]).append("\r\n");
    }
    body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"supply\"; filename=\"places.csv\"\r\n")
        .append("Content-Type: text/csv\r\n\r\n").append(places).append("\r\n--").append(boundary).append("--\r\n");
    return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
            java.net.URI.create("http://localhost:" + port + "/commission"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
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
