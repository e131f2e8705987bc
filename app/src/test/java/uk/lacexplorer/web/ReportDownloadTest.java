package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.report.ReportDocument;
import uk.lacexplorer.report.ReportHtml;
import uk.lacexplorer.report.ReportRequest;

/** The profile's "Download report" links and the route they name: the same service as {@code ./lacx report}. */
class ReportDownloadTest extends WebTestSupport {
  @Test
  void everyProfileLinksToItsReportInThePagesLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      String welsh = body(client.get("/area/W06000020?lang=cy"));
      assertThat(welsh).contains("href=\"/area/W06000020/report?lang=cy&amp;format=pdf\"")
          .contains(Messages.standard().lookup(uk.lacexplorer.i18n.Lang.CY, "report.download"));
      String english = body(client.get("/area/E06000060?lang=en"));
      assertThat(english).contains("href=\"/area/E06000060/report?lang=en&amp;format=html\"")
          .contains("Download report (PDF, accessible)");
    });
  }

  @Test
  void theRouteAnswersThePdfAndHtmlOfTheReportService() {
    JavalinTest.test(app(), (server, client) -> {
      HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://localhost:" + server.port() + "/area/W06000020/report?lang=cy&format=pdf")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(pdf.statusCode()).isEqualTo(200);
      assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
      assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment")
          .contains("W06000020").endsWith(".pdf\"");
      byte[] bytes = pdf.body();
      try (PDDocument document = Loader.loadPDF(bytes)) {
        assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("cy");
        assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        assertThat(new PDFTextStripper().getText(document)).contains("Tor-faen").contains("Plant sy'n derbyn gofal");
      }
      Response html = client.get("/area/W06000020/report?lang=en&format=html");
      assertThat(html.code()).isEqualTo(200);
      assertThat(html.headers().get("Content-Type").get(0)).startsWith("text/html");
      var result = services().report().run(ReportRequest.parse("W06000020", null, "en", "html"));
      assertThat(body(html)).isEqualTo(ReportHtml.render(result, Messages.standard()))
          .isEqualTo(new String(ReportDocument.of(result, Messages.standard()).bytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"");
    });
  }

  @Test
  void badRequestsAre400AndUnknownAuthorities404() {
    JavalinTest.test(app(), (server, client) -> {
      assertThat(client.get("/area/W06000020/report?format=docx").code()).isEqualTo(400);
      assertThat(client.get("/area/W06000020/report?lang=fr").code()).isEqualTo(400);
      assertThat(client.get("/area/W06000020/report?year=1066").code()).isEqualTo(400);
      assertThat(client.get("/area/W06999999/report").code()).isEqualTo(404);
      assertThat(client.get("/area/W92000004/report").code()).isEqualTo(404);
    });
  }
}
