package uk.lacexplorer.report;

import uk.lacexplorer.i18n.Messages;

/** A written report: its bytes in the format asked for, the media type and a file name to offer. */
public record ReportDocument(ReportResult result, byte[] bytes, String contentType, String fileName) {

  /** The report in the request's format and language. */
  public static ReportDocument of(ReportResult result, Messages messages) {
    String html = ReportHtml.render(result, messages);
    ReportFormat format = result.request().format();
    byte[] bytes = format == ReportFormat.PDF ? ReportPdf.render(html)
        : html.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String name = "lacx-report-" + result.area().code().value() + "-" + result.year() + "-"
        + result.request().lang().code() + "." + format.id();
    return new ReportDocument(result, bytes, format.contentType(), name);
  }
}
