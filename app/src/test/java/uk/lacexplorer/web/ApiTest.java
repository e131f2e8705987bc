package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.cli.LacxCommand;

class ApiTest extends WebTestSupport {

  /** Runs {@code ./lacx ARGS --format json} on the same services and parses what it prints. */
  private JsonNode cli(String... args) {
    LacxCommand root = Wiring.root(services());
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return JSON.readTree(out.toString());
  }

  @Test
  void ratesAnswerExactlyWhatTheCommandLinePrints() {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/api/v1/rates?nation=wales&year=2021");
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
      JsonNode api = json(response);
      assertThat(api).isEqualTo(cli("rates", "--nation", "wales", "--year", "2021", "--format", "json"));
      assertThat(api.size()).isEqualTo(23);
      JsonNode first = api.get(0);
      assertThat(first.propertyNames()).containsExactly("area_code", "area_name", "year", "count", "count_flag",
          "population_0_17", "population_year", "denominator_flag", "rate_per_10000", "ci95_lower", "ci95_upper", "rank",
          "denominator_note");
    });
  }

  @Test
  void bothNationsRankedTogetherAndSeveralTrendsAnswerWhatTheCommandLinePrints() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(json(client.get("/api/v1/rates?nation=both&year=2021")))
          .isEqualTo(cli("rates", "--nation", "both", "--year", "2021", "--format", "json"));
      assertThat(json(client.get("/api/v1/trend?area=Torfaen,Cardiff")))
          .isEqualTo(cli("trend", "--area", "Torfaen,Cardiff", "--format", "json"));
      assertThat(client.get("/data/download/rates.csv?nation=both&year=2021").code()).isEqualTo(200);
    });
  }

  @Test
  void suppressedCountHasNoRateRatherThanZero() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode api = json(client.get("/api/v1/rates?nation=wales&year=2021"));
      JsonNode ceredigion = null;
      for (JsonNode row : api) if (row.get("area_code").asString().equals("W06000008")) ceredigion = row;
      assertThat(ceredigion).isNotNull();
      assertThat(ceredigion.get("count").isNull()).isTrue();
      assertThat(ceredigion.get("rate_per_10000").isNull()).isTrue();
      assertThat(ceredigion.get("count_flag").asString()).isEqualTo("suppressed");
    });
  }

  @Test
  void areasMeasuresAndDataMirrorTheCommandLine() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(json(client.get("/api/v1/areas?nation=wales"))).isEqualTo(cli("areas", "--nation", "wales", "--format", "json"));
      assertThat(json(client.get("/api/v1/areas?all-types=true"))).isEqualTo(cli("areas", "--all-types", "--format", "json"));
      assertThat(json(client.get("/api/v1/measures"))).isEqualTo(cli("measures", "--format", "json"));
      assertThat(json(client.get("/api/v1/data?measure=children_looked_after&area=Torfaen&from=2020&to=2022")))
          .isEqualTo(cli("data", "--measure", "children_looked_after", "--area", "Torfaen", "--from", "2020", "--to", "2022",
              "--format", "json"));
    });
  }

  @Test
  void csvFormatIsTheCommandLineCsv() {
    JavalinTest.test(app(), (server, client) -> {
      var response = client.get("/api/v1/rates?nation=wales&year=2022&format=csv");
      assertThat(response.code()).isEqualTo(200);
      assertThat(response.headers().get("Content-Type").get(0)).startsWith("text/csv");
      LacxCommand root = Wiring.root(services());
      CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
      StringWriter out = new StringWriter();
      commandLine.setOut(new PrintWriter(out));
      commandLine.execute("rates", "--nation", "wales", "--year", "2022", "--format", "csv");
      assertThat(body(response)).isEqualTo(out.toString()).startsWith("area_code,area_name,year,count,count_flag")
          .contains("\r\nW06000020,Torfaen,2022,").hasLineCount(24);
    });
  }

  @Test
  void trendIsTheCommandLineTrend() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode trend = json(client.get("/api/v1/trend?area=W06000020"));
      assertThat(trend).isEqualTo(cli("trend", "--area", "W06000020", "--format", "json"));
      assertThat(trend.get("years").size()).isEqualTo(WebFixture.LAST_YEAR - WebFixture.FIRST_YEAR + 1);
    });
  }

  @Test
  void answersAreKeptAndSentCompressedWhenTheClientAsks() {
    JavalinTest.test(app(), (server, client) -> {
      var plain = client.get("/api/v1/areas?nation=wales");
      assertThat(plain.headers().get("Content-Encoding")).isNull();
      var compressed = get(client, "/api/v1/areas?nation=wales", "Accept-Encoding", "gzip");
      assertThat(compressed.headers().get("Content-Encoding")).containsExactly("gzip");
      assertThat(compressed.headers().get("Vary")).contains("Accept-Encoding");
      assertThat(body(client.get("/api/v1/areas?nation=wales"))).isEqualTo(body(plain));
      assertThat(json(plain).size()).isEqualTo(22);
    });
  }

  @Test
  void mistakesAreJsonWithAMessageAndA4xxStatus() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(client.get("/api/v1/rates?nation=wales"), 400, "year is required");
      assertError(client.get("/api/v1/rates?nation=wales&year=twenty"), 400, "'twenty' is not a whole number");
      assertError(client.get("/api/v1/rates?nation=mars&year=2012"), 400, "unknown nation 'mars'");
      assertError(client.get("/api/v1/rates?nation=wales&year=1990"), 400, "years with data are 2019");
      assertError(client.get("/api/v1/rates?nation=wales&year=2021&colour=red"), 400, "unknown parameter 'colour'");
      assertError(client.get("/api/v1/rates?nation=wales&year=2021&measure=nonsense"), 400, "unknown measure 'nonsense'");
      assertError(client.get("/api/v1/rates?nation=wales&year=2021&format=xml"), 400, "unknown format 'xml'");
      assertError(client.get("/api/v1/data?measure=children_looked_after&area=Atlantis"), 400, "unknown area 'Atlantis'");
      assertError(client.get("/api/v1/trend"), 400, "authority is required");
      assertError(client.get("/api/v1/nothing-here"), 404, "");
      assertError(client.get("/api/v1/rates?nation=" + "w".repeat(300) + "&year=2021"), 400, "longer than 200");
    });
  }

  private static void assertError(io.javalin.testtools.Response response, int status, String fragment) {
    String text = body(response);
    assertThat(response.code()).as(text).isEqualTo(status);
    assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
    JsonNode error = JSON.readTree(text);
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("message").asString()).contains(fragment);
    assertThat(text).doesNotContain("Exception").doesNotContain("at uk.lacexplorer");
  }
}
