package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The /project page: the same figures as /api/v1/project, the scenario form without JavaScript, both languages. */
class ProjectPageTest extends WebTestSupport {
  private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\" data-year=\"(\\d{4})\">(.*?)</tr>",
      Pattern.DOTALL);
  private static final Pattern CELL = Pattern.compile("data-column=\"(\\d+)\">([^<]*)</td>");

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void tableShowsTheApiFiguresInThePagesLanguage(String lang) {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/project?area=W06000020&horizon=4&lang=" + lang);
      String html = body(response);
      assertThat(response.code()).as(html).isEqualTo(200);
      JsonNode api = json(client.get("/api/v1/project?area=W06000020&horizon=4"));
      NumberFormat whole = NumberFormat.getIntegerInstance(Locale.UK);
      Matcher rows = ROW.matcher(html);
      int n = 0;
      while (rows.find()) {
        JsonNode row = api.get("rows").get(n++);
        assertThat(rows.group(1)).isEqualTo(String.valueOf(row.get("year").asInt()));
        Matcher cells = CELL.matcher(rows.group(2));
        assertThat(cells.find()).isTrue();
        assertThat(cells.group(2)).isEqualTo(whole.format(Math.round(row.get("population_0_17").asDouble())));
        assertThat(cells.find()).isTrue();
        assertThat(cells.group(2)).isEqualTo(whole.format(Math.round(row.get("expected").asDouble())));
        assertThat(cells.find()).isTrue();
        String and = lang.equals("cy") ? " i " : " to ";
        assertThat(cells.group(2)).isEqualTo(whole.format(Math.round(row.get("lower50").asDouble())) + and
            + whole.format(Math.round(row.get("upper50").asDouble())));
      }
      assertThat(n).isEqualTo(4);
      assertThat(html).contains("data-project-api=\"/api/v1/project?area=W06000020&amp;horizon=4");
      if (lang.equals("cy")) {
        assertThat(html).contains("Tor-faen").contains("Rhagamcan canolog").contains("Nid targed yw rhagamcan");
        for (String english : englishPageTexts()) assertThat(html).as(english).doesNotContain(english);
      } else {
        assertThat(html).contains("Torfaen").contains("Central projection").contains("A projection is not a target");
      }
    });
  }

  @Test
  void aScenarioFromTheFormShowsItsDifferenceFromTheBaseline() {
    JavalinTest.test(app(), (server, client) -> {
      String html = body(client.get("/project?area=Torfaen&horizon=3&entry-change=-20&exit-change=0"));
      JsonNode api = json(client.get("/api/v1/project?area=Torfaen&horizon=3&entry-change=-20&exit-change=0"));
      JsonNode last = api.get("rows").get(2);
      long difference = Math.round(last.get("difference_expected").asDouble());
      assertThat(difference).isNegative();
      assertThat(html).contains("With the change").contains("−" + Math.abs(difference))
          .contains("value=\"-20\"");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void aBadValueIsRefusedInThePagesLanguageWithTheFormKept(String lang) {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/project?area=W06000020&horizon=40&lang=" + lang);
      String html = body(response);
      assertThat(response.code()).isEqualTo(400);
      assertThat(html).contains("govuk-error-summary").contains("value=\"40\"").doesNotContain("--horizon");
      assertThat(html).contains(lang.equals("cy") ? "rhwng 1 a 10" : "1 to 10");
    });
  }

  @Test
  void anAuthorityWithTooLittleHistoryIsToldSoOnThePage() {
    JavalinTest.test(app(), (server, client) -> {
      // Ceredigion's 2021 count is suppressed in the fixture: no three-year window of stock ends in 2023
      var response = client.get("/project?area=W06000008&lang=cy");
      assertThat(response.code()).isEqualTo(200);
      assertThat(body(response)).contains("id=\"projection-refusal\"").contains("Ceredigion");
    });
  }

  @Test
  void withoutAnAuthorityThePageAsksForOneAndTheProfileLinksHere() {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/project");
      assertThat(response.code()).isEqualTo(200);
      assertThat(body(response)).contains("Choose an authority to see its projection").contains(">Torfaen<");
      assertThat(body(client.get("/area/W06000020"))).contains("href=\"/project?area=W06000020\"");
    });
  }

  /** The English texts of the page's keys (those long enough to be phrases), none of which may appear in Welsh. */
  private static java.util.List<String> englishPageTexts() throws IOException {
    Properties english = new Properties();
    try (InputStream in = ProjectPageTest.class.getResourceAsStream("/i18n/projection_en.properties")) {
      english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return english.stringPropertyNames().stream().filter(k -> k.startsWith("project."))
        .map(english::getProperty).map(v -> v.split("\\{")[0].strip()).filter(v -> v.length() > 12).toList();
  }
}
