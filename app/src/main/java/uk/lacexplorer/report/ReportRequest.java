package uk.lacexplorer.report;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.UserError;

/**
 * An authority report: which authority (name or code, as typed), the year (null: the latest year with a rate), the
 * language of the text and the document format.
 */
public record ReportRequest(String area, Integer year, Lang lang, ReportFormat format) {
  public static final int FIRST_YEAR = 1990;
  public static final int LAST_YEAR = 2100;

  public ReportRequest {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    area = area.strip();
    if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
      throw UserError.of("error.report.yearRange", year, FIRST_YEAR, LAST_YEAR);
    }
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(format, "format");
  }

  /** The options as typed: {@code area} required; {@code year} and {@code lang} (en|cy) default; the format by name. */
  public static ReportRequest parse(String area, String year, String lang, String format) {
    return new ReportRequest(area, Choices.integer("year", year, null), language(lang),
        ReportFormat.parse(format, ReportFormat.HTML));
  }

  /** As {@link #parse} but with the format taken from the output file's extension ({@code .html} or {@code .pdf}). */
  public static ReportRequest forFile(String area, String year, String lang, String fileName) {
    if (fileName == null || fileName.isBlank()) throw UserError.of("error.option.required", Arg.option("out"));
    return new ReportRequest(area, Choices.integer("year", year, null), language(lang), ReportFormat.ofFile(fileName));
  }

  public ReportRequest withYear(int chosen) {
    return new ReportRequest(area, chosen, lang, format);
  }

  static Lang language(String text) {
    if (text == null || text.isBlank()) return Lang.EN;
    return Lang.fromCode(text).orElseThrow(() -> UserError.of("error.report.lang", Choices.shorten(text.strip())));
  }
}
