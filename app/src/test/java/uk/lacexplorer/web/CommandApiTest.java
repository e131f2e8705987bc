package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.cli.LacxCommand;

class CommandApiTest extends WebTestSupport {

  private String cli(String... args) {
    LacxCommand root = Wiring.root(services());
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void analysesAnswerExactlyWhatTheirCommandPrints() {
    JavalinTest.test(app(), (server, client) -> {
      var scatter = client.get("/api/v1/scatter?x=wimd_share_lsoas_30pct_most_deprived&year=2022&nation=wales");
      assertThat(scatter.code()).as(body(scatter)).isEqualTo(200);
      assertThat(scatter.headers().get("Content-Type").get(0)).startsWith("application/json");
      assertThat(body(scatter)).isEqualTo(cli("scatter", "--x", "wimd_share_lsoas_30pct_most_deprived", "--year", "2022",
          "--nation", "wales", "--format", "json"));
      assertThat(json(scatter).get("points").size()).isEqualTo(22);
      var model = client.get("/api/v1/model?nation=wales&year=2022&covariates=wimd_share_lsoas_30pct_most_deprived&family=poisson");
      assertThat(body(model)).isEqualTo(cli("model", "--nation", "wales", "--year", "2022", "--covariates",
          "wimd_share_lsoas_30pct_most_deprived", "--family", "poisson", "--format", "json"));
      var csv = client.get("/api/v1/scatter?x=wimd_share_lsoas_30pct_most_deprived&year=2022&format=csv");
      assertThat(body(csv)).startsWith("area_code,area_name,x,rate_per_10000,fitted,residual,studentised_residual");
    });
  }

  @Test
  void indexListsEveryEndpointWithItsParameters() {
    JavalinTest.test(app(), (server, client) -> {
      var index = json(client.get("/api/v1"));
      assertThat(index.get("rates").get("path").asString()).isEqualTo("/api/v1/rates");
      assertThat(index.get("scatter").get("parameters").toString()).contains("\"x\"").contains("\"year\"");
      assertThat(index.has("import")).isFalse();
    });
  }

  @Test
  void mistakesAndCommandsThatChangeDataAreRefused() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(client.get("/api/v1/scatter?year=2022"), 400, "need factor is required");
      assertError(client.get("/api/v1/scatter?x=wimd_share_lsoas_30pct_most_deprived&year=soon"), 400, "soon");
      assertError(client.get("/api/v1/scatter?x=wimd_share_lsoas_30pct_most_deprived&year=2022&db=jdbc:h2:mem:x"), 400,
          "unknown parameter 'db'");
      assertError(client.get("/api/v1/scatter?x=no_such_measure&year=2022"), 400, "no_such_measure");
      assertError(client.get("/api/v1/model?nation=wales&year=2022&format=xml"), 400, "unknown format 'xml': use json or csv");
      assertError(client.get("/api/v1/import?kind=statswales-cla"), 404, "");
      assertError(client.get("/api/v1/dataset?raw=/"), 404, "");
      assertError(client.get("/api/v1/serve"), 404, "");
    });
  }

  private static void assertError(io.javalin.testtools.Response response, int status, String fragment) {
    String text = body(response);
    assertThat(response.code()).as(text).isEqualTo(status);
    assertThat(response.headers().get("Content-Type").get(0)).startsWith("application/json");
    assertThat(JSON.readTree(text).get("message").asString()).contains(fragment);
    assertThat(text).doesNotContain("Exception").doesNotContain("at uk.lacexplorer");
  }
}
