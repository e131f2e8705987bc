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

/** /compare?nation=both on the shipped dataset: the joint model's answer and Welsh outliers, in English and Welsh. */
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
