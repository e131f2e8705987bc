package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

/**
 * Several authorities on a profile's trend chart (issue 15, item 9): a form adds an authority of either nation, the
 * chart reads the several-authority trend API, a table gives every authority's rate by year, each added one can be
 * removed, and an unknown code is a 400 answer, not silently dropped. The population notes say which estimate each
 * rate used.
 */
class ProfileCompareTest extends WebTestSupport {
  @Test
  void addingAuthoritiesDrawsThemFromTheSeveralTrendsApiWithATable() {
    JavalinTest.test(app(), (server, client) -> {
      String alone = client.get("/area/W06000020").body().string();
      assertThat(alone).contains("data-trend-api=\"/api/v1/trend?area=W06000020&amp;measure=children_looked_after\"")
          .contains("<label class=\"govuk-label\" for=\"with-add\">Add an authority to the chart</label>")
          .contains("<option value=\"W06000022\">Newport</option>").contains("<option value=\"E06000001\">Hartlepool</option>")
          .doesNotContain("<option value=\"W06000020\">").doesNotContain("id=\"compared-table\"");
      String page = client.get("/area/W06000020?with=W06000022&with=E06000001").body().string();
      assertThat(page).contains("data-trend-api=\"/api/v1/trend?area=W06000020,W06000022,E06000001&amp;measure=children_looked_after\"")
          .contains("id=\"compared-table\"").contains("<th scope=\"col\" class=\"govuk-table__header govuk-table__header--numeric\">Newport</th>")
          .contains("<input type=\"hidden\" name=\"with\" value=\"W06000022\">")
          .contains("href=\"/area/W06000020?measure=children_looked_after&amp;with=E06000001#compare-trend\"")
          .doesNotContain("<option value=\"W06000022\">");
      // The chart's API answer is ./lacx trend --area A,B,C's.
      String api = client.get("/api/v1/trend?area=W06000020,W06000022,E06000001&measure=children_looked_after").body().string();
      assertThat(api).contains("\"area_codes\" : [ \"W06000020\", \"W06000022\", \"E06000001\" ]");
      assertThat(client.get("/area/W06000020?with=XYZ").code()).isEqualTo(400);
    });
  }

  @Test
  void theWelshProfileNamesTheEstimateEachRateUsed() {
    JavalinTest.test(app(), (server, client) -> {
      String english = client.get("/area/W06000020").body().string();
      assertThat(english).contains("population: mid-2020 estimate").doesNotContain("population of 20");
      String welsh = client.get("/area/W06000020?lang=cy&with=W06000022").body().string();
      assertThat(welsh).contains("poblogaeth: amcangyfrif canol 2020").contains("Ychwanegu awdurdod at y siart")
          .contains("Tynnu");
    });
  }
}
