package uk.lacexplorer.report;

import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/** The document a report is written as: HTML (one file, charts inline) or a tagged PDF. */
public enum ReportFormat {
  HTML("html", "text/html; charset=utf-8"),
  PDF("pdf", "application/pdf");

  private final String id;
  private final String contentType;

  ReportFormat(String id, String contentType) {
    this.id = id;
    this.contentType = contentType;
  }

  public String id() {
    return id;
  }

  public String contentType() {
    return contentType;
  }

  /** {@code html} or {@code pdf} as typed (null: the default). */
  public static ReportFormat parse(String text, ReportFormat fallback) {
    if (text == null || text.isBlank()) return fallback;
    for (ReportFormat format : values()) {
      if (format.id.equals(text.strip().toLowerCase(Locale.ROOT))) return format;
    }
    throw UserError.of("error.report.format", uk.lacexplorer.i18n.Choices.shorten(text.strip()));
  }

  /** The format named by a file's extension ({@code .html}, {@code .htm} or {@code .pdf}). */
  public static ReportFormat ofFile(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".pdf")) return PDF;
    if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
    throw UserError.of("error.report.extension", uk.lacexplorer.i18n.Choices.shorten(fileName));
  }
}
