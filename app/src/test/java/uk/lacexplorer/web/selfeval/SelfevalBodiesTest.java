package uk.lacexplorer.web.selfeval;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.store.Database;

/** Issue 14, item 6: malformed bodies are 400 with a message; NUL and bad UTF-8 refused; no-store on answers. */
class SelfevalBodiesTest {
  static final String PASSWORD = "torfaen coordinator password";
  @TempDir
  Path folder;
  SelfevalServer server;
  Browser torfaen;
  String csrf;

  @BeforeEach
  void start() {
    server = new SelfevalServer(folder, Database.inMemoryUrl("bodies" + System.nanoTime()));
    server.services().accounts().create("tor.coordinator", Role.COORDINATOR, TinyWales.TORFAEN, PASSWORD.toCharArray(), "test");
    torfaen = server.browser().signIn("tor.coordinator", PASSWORD);
    csrf = torfaen.get("/api/v1/selfeval/session").body().replaceAll(".*\"csrf_token\":\"([^\"]+)\".*", "$1");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Browser.Page post(String body) {
    return torfaen.json("POST", "/api/v1/selfeval/rounds", body, Map.of("X-CSRF-Token", csrf));
  }

  @Test
  void malformedRoundBodiesAre400WithAMessage() {
    Browser.Page noVersion = post("{\"title\":\"T\",\"opens_on\":\"2026-01-01\",\"closes_on\":\"2026-02-01\","
        + "\"groups\":[\"social_work\"],\"framework_id\":\"standard\"}");
    assertThat(noVersion.status()).isEqualTo(400);
    assertThat(noVersion.body()).contains("framework_version");
    for (String body : new String[] {"null", "[]", "\"x\"", "{", "{\"framework_version\":\"abc\"}", "42"}) {
      assertThat(post(body).status()).as(body).isEqualTo(400);
    }
  }

  @Test
  void nulAndInvalidUtf8AreRefused() throws Exception {
    Browser.Page nul = post("{\"title\":\"a\\u0000b\",\"opens_on\":\"2026-01-01\",\"closes_on\":\"2026-02-01\"}");
    assertThat(nul.status()).isEqualTo(400);
    assertThat(nul.body()).contains("Refused: the text contains a NUL character.");
    HttpRequest bad = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/selfeval/respond"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28})).build();
    assertThat(HttpClient.newHttpClient().send(bad, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(400);
    String formCsrf = torfaen.get("/selfeval/rounds/new").csrf();
    assertThat(torfaen.post("/selfeval/rounds", "_csrf", formCsrf, "title", "bad\u0000title").status()).isEqualTo(400);
    Browser.Page encoded = torfaen.post("/selfeval/rounds", java.util.List.of("_csrf", formCsrf, "title", "x"));
    assertThat(encoded.status()).isNotEqualTo(500);
  }

  @Test
  void selfEvaluationPagesAndJsonAreNotStored() {
    assertThat(torfaen.get("/selfeval").response().headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(torfaen.get("/api/v1/selfeval/rounds").response().headers().firstValue("Cache-Control"))
        .contains("no-store");
  }
}
