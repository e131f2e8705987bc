package uk.lacexplorer.report;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.UserError;

/** {@code ./lacx report reproduce-2013 [--lang en|cy] --out FILE.html|FILE.pdf}: the language and the format. */
public record Reproduce2013Request(Lang lang, ReportFormat format) {
  public Reproduce2013Request {
    Objects.requireNonNull(lang, "lang");
    Objects.requireNonNull(format, "format");
  }

  /** The language as typed (en|cy, default en) and the format from the output file's extension. */
  public static Reproduce2013Request forFile(String lang, String fileName) {
    if (fileName == null || fileName.isBlank()) throw UserError.of("error.option.required", Arg.option("out"));
    return new Reproduce2013Request(ReportRequest.language(lang), ReportFormat.ofFile(fileName));
  }
}
