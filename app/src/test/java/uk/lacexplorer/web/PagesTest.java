package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PagesTest extends WebTestSupport {
  static final List<String> PAGES = List.of("/", "/?nation=england", "/area", "/area/W06000020", "/area/E06000060",
      "/data", "/data/browse?measure=children_looked_after", "/methods", "/compare",
      "/compare?nation=both&x=lone_parent_households_pct&family=poisson");

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void everyPageRendersInBothLanguages(String lang) {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : PAGES) {
        var response = client.get(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
        String html = body(response);
        assertThat(response.code()).as(path).isEqualTo(200);
        assertThat(html).as(path).contains("<html lang=\"" + lang + "\"").doesNotContain("??");
      }
    });
  }

  @Test
  void welshPagesUseWelshNamesAndNumbers() {
    JavalinTest.test(app(), (server, client) -> {
      String overview = body(client.get("/?lang=cy&year=2022"));
      assertThat(overview).contains("Plant sy'n derbyn gofal fesul awdurdod lleol").contains(">Tor-faen</a>")
          .contains(">Casnewydd</a>").contains("Cyfwng hyder 95%");
      String profile = body(client.get("/area/W06000020?lang=cy"));
      assertThat(profile).contains("<h1 class=\"govuk-heading-l\">Tor-faen").contains("lang=\"en\" translate=\"no\">Torfaen</span>");
    });
  }

  @Test
  void languageChoiceIsRememberedInACookie() {
    JavalinTest.test(app(), (server, client) -> {
      var switched = client.get("/methods?lang=cy");
      String cookie = switched.headers().get("set-cookie").get(0);
      assertThat(cookie).startsWith("lacx_lang=cy").contains("Path=/").contains("SameSite=Lax").contains("HttpOnly");
      String later = body(get(client, "/methods", "Cookie", "lacx_lang=cy"));
      assertThat(later).contains("<html lang=\"cy\"").contains("Dulliau");
      assertThat(later).contains("href=\"/methods?lang=en\"");
    });
  }

  @Test
  void tableShowsTheApiFiguresFormattedForPeople() {
    JavalinTest.test(app(), (server, client) -> {
      var rates = json(client.get("/api/v1/rates?nation=wales&year=2022"));
      String html = body(client.get("/?nation=wales&year=2022"));
      for (var row : rates) {
        if (row.get("rate_per_10000").isNull()) continue;
        String shown = String.format(java.util.Locale.UK, "%,.1f", row.get("rate_per_10000").asDouble());
        assertThat(html).contains("data-code=\"" + row.get("area_code").asString() + "\"")
            .contains("data-column=\"rate\">" + shown + "</td>");
      }
    });
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : List.of("/", "/api/v1/areas", "/static/css/app.css", "/no-such-page", "/api/v1/rates")) {
        var headers = client.get(path).headers();
        assertThat(headers.get("Content-Security-Policy").get(0)).as(path)
            .contains("script-src 'self'").contains("style-src 'self'").contains("frame-ancestors 'none'")
            .doesNotContain("unsafe-inline");
        assertThat(headers.get("X-Content-Type-Options").get(0)).isEqualTo("nosniff");
        assertThat(headers.get("Referrer-Policy").get(0)).isEqualTo("same-origin");
      }
    });
  }

  @Test
  void pagesHaveNoInlineScriptOrStyle() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : PAGES) {
        String html = body(client.get(path));
        assertThat(html).as(path).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
            .doesNotContain("<style").doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
      }
    });
  }

  @Test
  void hostileInputIsEscapedOrRejected() {
    JavalinTest.test(app(), (server, client) -> {
      String attack = "%3Cscript%3Ealert(1)%3C/script%3E";
      var measure = client.get("/?measure=" + attack);
      assertThat(measure.code()).isEqualTo(400);
      assertThat(body(measure)).doesNotContain("<script>alert").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
      var switcher = client.get("/methods?x%22%3E%3Cb%3E=1");
      assertThat(switcher.code()).isEqualTo(400);
      assertThat(body(switcher)).doesNotContain("\"><b>");
      var area = client.get("/area/" + attack);
      assertThat(area.code()).isEqualTo(404);
      assertThat(body(area)).doesNotContain("<script>alert");
      var api = client.get("/api/v1/data?measure=" + attack);
      assertThat(api.code()).isEqualTo(400);
      assertThat(api.headers().get("Content-Type").get(0)).startsWith("application/json");
    });
  }

  @Test
  void unknownPagesAndAuthoritiesAreGovukNotFoundPages() {
    JavalinTest.test(app(), (server, client) -> {
      var missing = client.get("/nowhere?lang=cy");
      assertThat(missing.code()).isEqualTo(404);
      assertThat(body(missing)).contains("Heb ddod o hyd i'r dudalen").contains("govuk-heading-l");
      assertThat(client.get("/area/W06000099").code()).isEqualTo(404);
      assertThat(client.get("/area/W92000004").code()).isEqualTo(404);
    });
  }

  @Test
  void profileShowsTrendFunnelRatioAndNeighboursFromTheApi() {
    JavalinTest.test(app(), (server, client) -> {
      String html = body(client.get("/area/W06000020"));
      assertThat(html).contains("id=\"trend-table\"").contains("Funnel plot position").contains("Observed / expected")
          .contains("id=\"neighbours-table\"").contains("data-trend-api=\"/api/v1/trend?area=W06000020");
      var neighbours = json(client.get("/api/v1/neighbours?area=W06000020&covariates=wimd_share_lsoas_30pct_most_deprived"
          + "&measure=children_looked_after&year=" + WebFixture.LAST_YEAR));
      for (var neighbour : neighbours.get("neighbours")) {
        assertThat(html).contains("data-code=\"" + neighbour.get("area_code").asString() + "\"");
      }
      String csv = body(client.get("/data/download/trend.csv?area=W06000020&measure=children_looked_after"));
      assertThat(csv).startsWith("year,count,").contains("Computed by LAC Explorer as ./lacx trend --area=W06000020")
          .contains("Open Government Licence");
    });
  }

  @Test
  void finderRedirectsToTheProfile() {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/area?code=Torfaen");
      assertThat(response.code()).isEqualTo(302);
      assertThat(response.headers().get("Location")).containsExactly("/area/W06000020");
    });
  }

  @Test
  void downloadsCarryProvenanceAndAreSafeInSpreadsheets() {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/data/download/rates.csv?nation=wales&year=2022");
      assertThat(response.headers().get("Content-Disposition").get(0)).contains("rates_wales_2022.csv");
      String csv = body(response);
      assertThat(csv).startsWith("area_code,area_name,year,count").contains("Invented counts for tests")
          .contains("Open Government Licence v3.0").contains("Byar");
      String data = body(client.get("/data/download/data.csv?measure=children_looked_after&nation=wales&from=2021&to=2021"));
      assertThat(data).contains("W06000008,Ceredigion,children_looked_after,2021,,,suppressed");
    });
  }

  @Test
  void responsesAreCompressedWhenTheBrowserAsks() {
    JavalinTest.test(app(), (server, client) -> {
      var css = get(client, "/static/vendor/govuk-frontend-6.6.0/govuk-frontend.min.css", "Accept-Encoding", "gzip");
      assertThat(css.headers().get("Content-Encoding")).containsExactly("gzip");
      var page = get(client, "/", "Accept-Encoding", "gzip");
      assertThat(page.headers().get("Content-Encoding")).containsExactly("gzip");
    });
  }
}
