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

/**
 * Intervention points on the web fixture (Welsh looked-after counts 2019–2023, no stage before care): the API gives
 * the command's bytes, the page and the profile's section show the stages not held as "not in the loaded data" in
 * both languages, and the Methods page explains the conversion ratios.
 */
class CascadeWebTest extends WebTestSupport {

  private String cli(String... args) {
    LacxCommand root = Wiring.root(services());
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(root));
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    assertThat(commandLine.execute(args)).isZero();
    return out.toString();
  }

  @Test
  void apiAnswersExactlyWhatTheCommandPrints() {
    JavalinTest.test(app(), (server, client) -> {
      var api = client.get("/api/v1/cascade?area=Cardiff&year=2023");
      String text = body(api);
      assertThat(api.code()).as(text).isEqualTo(200);
      assertThat(text).isEqualTo(cli("cascade", "--area", "Cardiff", "--year", "2023", "--format", "json"));
      var rows = json(api).get("rows");
      assertThat(rows.get(0).get("stage").asString()).isEqualTo("referrals");
      assertThat(rows.get(0).get("value").isNull()).isTrue();
      assertThat(rows.get(0).get("status").asString()).isEqualTo("not in the loaded data");
      var csv = client.get("/api/v1/cascade?area=Cardiff&year=2023&format=csv");
      assertThat(body(csv)).isEqualTo(cli("cascade", "--area", "Cardiff", "--year", "2023", "--format", "csv"));
      assertThat(body(client.get("/data/download/cascade.csv?area=Cardiff&year=2023"))).contains("stage,figure,from_stage");
      var index = json(client.get("/api/v1"));
      assertThat(index.get("cascade").get("parameters").toString()).contains("\"area\"").contains("\"year\"");
      var wrong = client.get("/api/v1/cascade?area=Cardiff&year=soon");
      assertThat(wrong.code()).isEqualTo(400);
      assertThat(body(wrong)).contains("soon").doesNotContain("Exception");
    });
  }

  @Test
  void cascadePageShowsChartTableAndDownloadInEnglishAndWelsh() {
    JavalinTest.test(app(), (server, client) -> {
      String english = body(client.get("/cascade?area=Cardiff&year=2023&lang=en"));
      assertThat(english).contains("Key intervention points").contains("id=\"cascade-chart\"").contains("<svg")
          .contains("id=\"cascade-table\"").contains("/data/download/cascade.csv?area=W06000015&amp;year=2023")
          .contains("Section 47 enquiries").contains("not in the loaded data");
      String welsh = body(client.get("/cascade?area=Cardiff&year=2023&lang=cy"));
      assertThat(welsh).contains("Pwyntiau ymyrraeth allweddol").contains("Ymholiadau adran 47")
          .contains("Atgyfeiriadau").contains("Cynadleddau amddiffyn plant cychwynnol")
          .contains("nid yw yn y data a lwythwyd").contains("Caerdydd").doesNotContain("not in the loaded data");
      var svg = client.get("/cascade/chart.svg?area=Cardiff&year=2023&lang=cy");
      assertThat(svg.code()).isEqualTo(200);
      assertThat(svg.headers().get("Content-Type").get(0)).startsWith("image/svg+xml");
      assertThat(body(svg)).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("Atgyfeiriadau").endsWith("</svg>\n");
      String unknown = body(client.get("/cascade?area=Atlantis&lang=en"));
      assertThat(unknown).contains("Atlantis").doesNotContain("Exception");
      assertThat(body(client.get("/cascade?lang=en"))).contains("name=\"area\"").doesNotContain("cascade-chart");
    });
  }

  @Test
  void everyProfileHasAnInterventionPointsSection() {
    JavalinTest.test(app(), (server, client) -> {
      String english = body(client.get("/area/W06000015?lang=en"));
      assertThat(english).contains("id=\"intervention-points\"").contains(">Intervention points<")
          .contains("id=\"intervention-chart\"").contains("href=\"/cascade?area=W06000015\"");
      String welsh = body(client.get("/area/W06000015?lang=cy"));
      assertThat(welsh).contains(">Pwyntiau ymyrraeth<").contains("derbyn gofal ar 31 Mawrth").contains("nid yw yn y data a lwythwyd");
      String methods = body(client.get("/methods?lang=en"));
      assertThat(methods).contains("id=\"cascade\"").contains("can exceed 100");
    });
  }
}
