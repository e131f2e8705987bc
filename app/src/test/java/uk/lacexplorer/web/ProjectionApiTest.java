package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import org.junit.jupiter.api.Test;

class ProjectionApiTest extends WebTestSupport {

  @Test
  void indexListsTheProjectionEndpointsWithTheCommandsParameters() {
    JavalinTest.test(app(), (server, client) -> {
      var index = json(client.get("/api/v1"));
      assertThat(index.get("project").get("path").asString()).isEqualTo("/api/v1/project");
      assertThat(index.get("project").get("parameters").toString()).contains("\"area\"").contains("\"entry-change\"");
      assertThat(index.get("backtest").get("parameters").toString()).contains("\"nation\"").contains("\"origin\"");
      // the fixture holds Cardiff's stock 2019-2023 and England's starts: flows inferred from the stock
      var cardiff = json(client.get("/api/v1/project?area=Cardiff"));
      assertThat(cardiff.get("calibration").asString()).isEqualTo("inferred");
      assertThat(cardiff.get("rows").size()).isEqualTo(5);
      assertThat(cardiff.get("history").get(0).get("year").asInt()).isEqualTo(WebFixture.FIRST_YEAR);
    });
  }

  @Test
  void mistakesAreRefusedWithOneLine() {
    JavalinTest.test(app(), (server, client) -> {
      assertError(client.get("/api/v1/project?area=Cardiff&horizon=40"), 400, "1 to 10");
      assertError(client.get("/api/v1/project?area=Cardiff&entry-change=lots"), 400, "lots");
      assertError(client.get("/api/v1/backtest?nation=scotland"), 400, "scotland");
    });
  }

  private static void assertError(io.javalin.testtools.Response response, int status, String fragment) {
    String text = body(response);
    assertThat(response.code()).as(text).isEqualTo(status);
    assertThat(JSON.readTree(text).get("message").asString()).contains(fragment);
    assertThat(text).doesNotContain("Exception").doesNotContain("at uk.lacexplorer");
  }
}
