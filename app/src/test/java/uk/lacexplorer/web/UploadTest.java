package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class UploadTest extends WebTestSupport {
  private static final String BOUNDARY = "lacx-test-boundary";

  private Javalin uploadsAllowed() {
    return uk.lacexplorer.Wiring.web(services(), new WebSettings(true));
  }

  @Test
  void uploadIsRefusedUnlessSwitchedOn() {
    JavalinTest.test(app(), (server, client) -> {
      Response form = client.get("/data/upload");
      assertThat(form.code()).isEqualTo(403);
      assertThat(body(form)).contains("LACX_ALLOW_UPLOAD=true");
      assertThat(post(client, "statswales-cla", "CLA_31MAR_2012.csv", fixture("CLA_31MAR_2012.csv"), false).code())
          .isEqualTo(403);
      assertThat(body(client.get("/data"))).contains("Uploading is switched off").doesNotContain("href=\"/data/upload\"");
    });
  }

  @Test
  void missingChoicesAreListedInAnErrorSummary() {
    JavalinTest.test(uploadsAllowed(), (server, client) -> {
      assertThat(client.get("/data/upload").code()).isEqualTo(200);
      Response response = post(client, "", "empty.csv", new byte[0], false);
      String html = body(response);
      assertThat(response.code()).isEqualTo(400);
      assertThat(html).contains("govuk-error-summary").contains("<a href=\"#kind\">Choose the kind of file</a>")
          .contains("<a href=\"#file\">Choose a file to upload</a>").contains("<title>Error: Upload an official file");
      // each message is beside its field as well, the field marked and described by it (GOV.UK's pattern)
      assertThat(html).contains("<p id=\"kind-error\" class=\"govuk-error-message\">")
          .contains("aria-describedby=\"kind-hint kind-error\"").contains("govuk-select--error")
          .contains("<p id=\"file-error\" class=\"govuk-error-message\">").contains("govuk-file-upload--error")
          .doesNotContain("id=\"options-error\"");
      assertThat(html.split("govuk-form-group--error", -1)).hasSize(3);
    });
  }

  @Test
  void rejectedFileListsEveryProblemAndChangesNothing() {
    JavalinTest.test(uploadsAllowed(), (server, client) -> {
      String before = body(client.get("/api/v1/sources"));
      Response response = post(client, "statswales-cla", "CLA_31MAR_2016_badcell.csv", fixture("CLA_31MAR_2016_badcell.csv"), false);
      String html = body(response);
      assertThat(response.code()).isEqualTo(400);
      assertThat(html).contains("govuk-error-summary").contains("The file was not imported")
          .contains("CLA_31MAR_2016_badcell.csv").doesNotContain("lacx-upload");
      assertThat(body(client.get("/api/v1/sources"))).isEqualTo(before);
    });
  }

  /** On a Welsh page every problem of a rejected file is in Welsh, with its file, line, column and value. */
  @Test
  void rejectedFileProblemsAreWelshOnAWelshPage() {
    JavalinTest.test(uploadsAllowed(), (server, client) -> {
      Response response = post(client, "/data/upload?lang=cy", "statswales-cla", "CLA_31MAR_2016_badcell.csv",
          fixture("CLA_31MAR_2016_badcell.csv"), false);
      String html = body(response);
      assertThat(response.code()).isEqualTo(400);
      assertThat(html).contains("Ni chafodd y ffeil ei mewnforio").contains("CLA_31MAR_2016_badcell.csv:7: colofn ")
          .contains("lots").contains("farciwr hysbys (* . c z x low :)")
          .doesNotContain("not a number").doesNotContain("7: column").doesNotContain("lacx-upload");
      client.get("/?lang=en"); // the language is remembered in a cookie, which the other tests' client shares
    });
  }

  @Test
  void checkedFileIsReportedButNotSaved() {
    JavalinTest.test(uploadsAllowed(), (server, client) -> {
      Response response = post(client, "statswales-cla", "CLA_31MAR_2012.csv", fixture("CLA_31MAR_2012.csv"), true);
      assertThat(response.code()).isEqualTo(200);
      assertThat(body(response)).contains("File checked: no problems").contains("data-count=\"read\">60<");
      assertThat(client.get("/api/v1/data?measure=children_looked_after&area=Cardiff&from=2012&to=2012").code())
          .isEqualTo(400);
    });
  }

  @Test
  void importedFileIsReportedAndUsedAtOnce() {
    JavalinTest.test(uploadsAllowed(), (server, client) -> {
      Response response = post(client, "statswales-cla", "CLA_31MAR_2012.csv", fixture("CLA_31MAR_2012.csv"), false);
      String html = body(response);
      assertThat(response.code()).as(html).isEqualTo(200);
      assertThat(html).contains("File imported").contains("statswales_cla_2012").contains("data-count=\"added\">60<");
      var data = json(client.get("/api/v1/data?measure=children_looked_after&area=Rhondda%20Cynon%20Taf&from=2012&to=2012"));
      assertThat(data.get(0).get("value").asDouble()).isEqualTo(150.0);
    });
  }

  private static byte[] fixture(String name) {
    try (InputStream in = UploadTest.class.getResourceAsStream("/imports/statswales/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response post(HttpClient client, String kind, String fileName, byte[] content, boolean checkOnly) {
    return post(client, "/data/upload", kind, fileName, content, checkOnly);
  }

  private static Response post(HttpClient client, String path, String kind, String fileName, byte[] content,
                               boolean checkOnly) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, "Content-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n");
    if (checkOnly) part(body, "Content-Disposition: form-data; name=\"check\"\r\n\r\non\r\n");
    part(body, "Content-Disposition: form-data; name=\"options\"\r\n\r\n\r\n");
    part(body, "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: text/csv\r\n\r\n");
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.request(path, request -> request
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .post(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private static void part(ByteArrayOutputStream body, String text) {
    body.writeBytes(("--" + BOUNDARY + "\r\n" + text).getBytes(StandardCharsets.UTF_8));
  }
}
