package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/**
 * The StatsWales gaps and the trend page on the web fixture (Welsh looked-after counts 2019–2023, no stage before
 * care): a Welsh stage a StatsWales table gives is marked "not in the loaded data — load StatsWales table …" with the
 * table's name in the page's language (never zero); a stage no Welsh table gives (referrals) says only "not in the
 * loaded data"; {@code /cascade/trend} shows every year's steps in both languages with the API's CSV; the cascade chart
 * has a PNG download button.
 */
class CascadeTrendWebTest extends WebTestSupport {
  @Test
  void welshGapsNameTheStatsWalesTableToLoadInEachLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      var rows = json(client.get("/api/v1/cascade?area=Cardiff&year=2023")).get("rows");
      boolean sawStarted = false;
      for (var row : rows) {
        String stage = row.get("stage").asString();
        if (stage.equals("referrals")) assertThat(row.get("load_table").asString()).isEmpty();
        if (stage.equals("children_started_looked_after") && row.get("figure").asString().equals("rate_per_10000")) {
          assertThat(row.get("value").isNull()).isTrue();
          assertThat(row.get("load_table").asString())
              .isEqualTo("Children starting to be looked after during the year to 31 March by local authority");
          sawStarted = true;
        }
      }
      assertThat(sawStarted).isTrue();
      String english = body(client.get("/cascade?area=Cardiff&year=2023&lang=en"));
      assertThat(english).contains("not in the loaded data — load StatsWales table “Children starting to be looked after");
      String welsh = body(client.get("/cascade?area=Cardiff&year=2023&lang=cy"));
      assertThat(welsh).contains("nid yw yn y data a lwythwyd — llwythwch dabl StatsWales “Plant sy'n dechrau derbyn gofal")
          .doesNotContain("load StatsWales table");
      assertThat(english).contains("data-download=\"png\" data-chart-id=\"cascade-chart\"");
    });
  }

  @Test
  void trendPageShowsEveryYearInEnglishAndWelsh() {
    JavalinTest.test(app(), (server, client) -> {
      var page = client.get("/cascade/trend?area=Cardiff&lang=en");
      String english = body(page);
      assertThat(page.code()).isEqualTo(200);
      assertThat(english).contains("Key intervention points over the years").contains("id=\"cascade-trend-table\"")
          .contains("2019").contains("2023").contains("/api/v1/cascade-trend?area=W06000015&amp;format=csv");
      String welsh = body(client.get("/cascade/trend?area=Cardiff&lang=cy"));
      assertThat(welsh).contains("Pwyntiau ymyrraeth allweddol dros y blynyddoedd").contains("Caerdydd")
          .doesNotContain("Key intervention points over the years");
      assertThat(body(client.get("/cascade/trend?lang=en"))).contains("id=\"area\"");
      String unknown = body(client.get("/cascade/trend?area=Atlantis&lang=en"));
      assertThat(unknown).contains("Atlantis").doesNotContain("Exception");
      assertThat(body(client.get("/cascade?area=Cardiff&year=2023&lang=en"))).contains("/cascade/trend?area=W06000015");
    });
  }
}
