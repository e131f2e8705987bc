package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The overview as the issue asks: the raw / adjusted-for-need switch without JavaScript ({@code ?view=adjusted}),
 * the reader's authority marked, the table in rank order with sort keys, and bad parameters answered with a message
 * in the page's language (400) rather than a silent fallback; an unknown authority offers the finder (404).
 */
class OverviewPageTest extends WebTestSupport {
  private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row[^\"]*\" data-code=\"([EW]\\d{8})\">(.*?)</tr>",
      Pattern.DOTALL);

  /** Each body row's code and its cells' {@code data-column} → [text, sort value], in the order of the page. */
  static Map<String, Map<String, String[]>> rows(String html) {
    String body = html.substring(html.indexOf("<tbody"), html.indexOf("</tbody>"));
    Map<String, Map<String, String[]>> rows = new LinkedHashMap<>();
    Matcher row = ROW.matcher(body);
    Pattern cell = Pattern.compile("<td [^>]*data-sort-value=\"([^\"]*)\" data-column=\"([a-z]+)\">([^<]*)</td>");
    while (row.find()) {
      Map<String, String[]> cells = new LinkedHashMap<>();
      Matcher each = cell.matcher(row.group(2));
      while (each.find()) cells.put(each.group(2), new String[] {each.group(3), each.group(1)});
      rows.put(row.group(1), cells);
    }
    return rows;
  }

  /** The page in English whatever the client's cookies hold. */
  static io.javalin.testtools.Response en(io.javalin.testtools.HttpClient client, String path) {
    return get(client, path, "Cookie", path.contains("lang=cy") ? "lacx_lang=cy" : "lacx_lang=en");
  }

  @Test
  void adjustedViewIsTheProfilesModelRankedByObservedOverExpected() {
    JavalinTest.test(app(), (server, client) -> {
      String html = body(en(client, "/?view=adjusted"));
      Matcher api = Pattern.compile("data-rates-api=\"(/api/v1/model\\?[^\"]+)\"").matcher(html);
      assertThat(api.find()).as("the charts draw the need model").isTrue();
      JsonNode model = json(client.get(api.group(1).replace("&amp;", "&")));
      Map<String, Map<String, String[]>> rows = rows(html);
      assertThat(rows).hasSize(model.get("areas").size()).hasSize(22);
      double previous = Double.POSITIVE_INFINITY;
      int rank = 0;
      for (Map.Entry<String, Map<String, String[]>> row : rows.entrySet()) {
        JsonNode area = null;
        for (JsonNode each : model.get("areas")) if (each.get("area_code").asString().equals(row.getKey())) area = each;
        assertThat(area).as(row.getKey()).isNotNull();
        double observed = area.get("count").asDouble();
        double expected = area.get("expected").asDouble();
        // the ratio is observed / expected, computed here from the two counts, and shown to two places
        assertThat(row.getValue().get("ratio")[0]).as(row.getKey())
            .isEqualTo(String.format(Locale.UK, "%.2f", observed / expected));
        assertThat(Double.parseDouble(row.getValue().get("ratio")[1])).isLessThanOrEqualTo(previous);
        previous = Double.parseDouble(row.getValue().get("ratio")[1]);
        assertThat(row.getValue().get("rank")[0]).isEqualTo(String.valueOf(++rank));
      }
      // the profile shows the same ratio for the same authority
      String torfaen = rows.get("W06000020").get("ratio")[0];
      String profile = body(en(client, "/area/W06000020"));
      assertThat(profile).contains(torfaen + " (95% confidence interval " + rows.get("W06000020").get("interval")[0]);
      assertThat(html).contains("aria-current=\"page\">Adjusted for need</a>").contains("id=\"view-adjusted\"");
    });
  }

  @Test
  void rawTableIsInRankOrderAndSortable() {
    JavalinTest.test(app(), (server, client) -> {
      String html = body(en(client, "/?year=2022"));
      Map<String, Map<String, String[]>> rows = rows(html);
      assertThat(rows).hasSize(22);
      List<Double> rates = new ArrayList<>();
      int rank = 0;
      for (Map<String, String[]> row : rows.values()) {
        assertThat(row.get("rank")[0]).isEqualTo(String.valueOf(++rank));
        rates.add(Double.parseDouble(row.get("rate")[1]));
        // the sort key of the rate is the number, the text is the number for people
        assertThat(row.get("rate")[0]).isEqualTo(String.format(Locale.UK, "%.1f", Double.parseDouble(row.get("rate")[1])));
      }
      assertThat(rates).isSortedAccordingTo((a, b) -> Double.compare(b, a));
      assertThat(html).contains("data-column=\"rank\" data-numeric=\"true\" aria-sort=\"ascending\"")
          .contains("<table class=\"govuk-table lacx-table\" id=\"rates-table\" data-sortable")
          .contains("<caption class=\"govuk-table__caption");
    });
  }

  @Test
  void yourAuthorityIsMarkedInTheTableTheChartsAndASentence() {
    JavalinTest.test(app(), (server, client) -> {
      for (String view : List.of("raw", "adjusted")) {
        String html = body(en(client, "/?view=" + view + "&area=w06000020"));
        assertThat(html).as(view).contains("class=\"govuk-table__row lacx-table__row--highlight\" data-code=\"W06000020\"")
            .contains("data-highlight=\"W06000020\"").contains("<option value=\"W06000020\" selected>Torfaen</option>")
            .containsPattern("Torfaen: [^<]*ranked \\d+ of 22");
        assertThat(html.split("lacx-table__row--highlight", -1)).as(view).hasSize(2);
      }
      String welsh = body(en(client, "/?area=W06000020&lang=cy"));
      assertThat(welsh).containsPattern("Tor-faen: cyfradd o [^<]*yn safle \\d+ o 22");
    });
  }

  @Test
  void badParametersAnswerInThePageLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      Map<String, String[]> cases = new LinkedHashMap<>();
      cases.put("/?year=1900", new String[] {"There are no figures for 1900: years with data are 2019–2023",
          "Nid oes ffigurau ar gyfer 1900: y blynyddoedd sydd â data yw 2019–2023"});
      cases.put("/?view=nonsense", new String[] {"nonsense", "golwg"});
      cases.put("/?area=XYZ", new String[] {"'XYZ' is not a local authority of Wales",
          "Nid yw 'XYZ' yn un o awdurdodau lleol Cymru"});
      cases.put("/compare?covariates=nonsense", new String[] {"'nonsense' is not a need factor offered here (need factors)",
          "Nid yw 'nonsense' yn ffactor angen a gynigir yma (ffactorau angen)"});
      cases.put("/compare?x=nonsense", new String[] {"is not a need factor offered here", "yn ffactor angen a gynigir yma"});
      cases.put("/compare?year=1900", new String[] {"There are no figures for 1900", "Nid oes ffigurau ar gyfer 1900"});
      cases.put("/compare?family=linear", new String[] {"linear", "linear"});
      cases.put("/compare?from=2023", new String[] {"The change cannot start in 2023", "Ni all y newid ddechrau yn 2023"});
      for (Map.Entry<String, String[]> each : cases.entrySet()) {
        String path = each.getKey();
        String joiner = path.contains("?") ? "&" : "?";
        var english = en(client, path);
        assertThat(english.code()).as(path).isEqualTo(400);
        assertThat(body(english)).as(path).contains(each.getValue()[0]).contains("<html lang=\"en\"");
        var welsh = en(client, path + joiner + "lang=cy");
        assertThat(welsh.code()).as(path).isEqualTo(400);
        assertThat(body(welsh)).as(path).contains(each.getValue()[1]).contains("<html lang=\"cy\"");
      }
    });
  }

  @Test
  void anUnknownAuthorityOffersTheFinder() {
    JavalinTest.test(app(), (server, client) -> {
      var unknown = en(client, "/area/XYZ");
      assertThat(unknown.code()).isEqualTo(404);
      assertThat(body(unknown)).contains("<form method=\"get\" action=\"/area\"").contains("value=\"XYZ\"")
          .contains("govuk-error-summary").contains("<a href=\"#code\">There is no local authority with the code 'XYZ'")
          .contains("id=\"code-error\"").contains("aria-describedby=\"code-hint code-error\"")
          .contains("href=\"/area/W06000020\"");
      var welsh = en(client, "/area/W06000099?lang=cy");
      assertThat(welsh.code()).isEqualTo(404);
      assertThat(body(welsh)).contains("Nid oes awdurdod lleol â'r cod 'W06000099'").contains("Gwall:");
      var search = en(client, "/area?code=Atlantis");
      assertThat(search.code()).isEqualTo(400);
      assertThat(body(search)).contains("called 'Atlantis'").contains("govuk-input--error");
      assertThat(en(client, "/area?code=").code()).isEqualTo(400);
      var found = en(client, "/area?code=Tor-faen");
      assertThat(found.code()).isEqualTo(302);
      assertThat(found.headers().get("Location")).containsExactly("/area/W06000020");
    });
  }
}
