package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.util.List;
import uk.lacexplorer.output.SafeCsv;

/**
 * Sends an analysis' CSV (as {@code uk.lacexplorer.output.OutputWriter} writes it for the command line's
 * {@code --format csv}: RFC 4180, a header row, cells safe against formula injection) as a download for people, with
 * the provenance and licence lines after a blank line. API answers go through {@link ApiBody} and {@link ApiCache}.
 */
public final class ReportResponses {
  private ReportResponses() {
  }

  /** CSV already written, then a blank line and one line per provenance note (source, licence, method). */
  public static void csv(Context ctx, String csv, List<String> provenance, String fileName) {
    StringBuilder text = new StringBuilder(csv);
    if (!provenance.isEmpty()) {
      text.append("\r\n");
      for (String line : provenance) text.append(quote(SafeCsv.cell(line))).append("\r\n");
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    ctx.result(text.toString());
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
