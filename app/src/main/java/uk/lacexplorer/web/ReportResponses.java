package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import uk.lacexplorer.cli.OutputFormat;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.cli.ReportPrinter;
import uk.lacexplorer.cli.SafeCsv;

/**
 * Sends a command-line {@link Report} as a CSV download for people (the CLI's {@code --format csv}: RFC 4180, a
 * header row, cells safe against formula injection) with the provenance and licence lines after a blank line.
 * API answers go through {@link ApiBody} and {@link ApiCache}.
 */
public final class ReportResponses {
  private ReportResponses() {
  }

  /** CSV with the table, then a blank line and one line per provenance note (source, licence, method). */
  public static void csv(Context ctx, Report report, List<String> provenance, String fileName) {
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    ctx.result(csvText(report, provenance));
  }

  /** CSV already written (e.g. by an analysis command), then the provenance lines. */
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

  static String csvText(Report report, List<String> provenance) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    ReportPrinter.print(report, OutputFormat.CSV, out);
    if (!provenance.isEmpty()) {
      out.print("\r\n");
      for (String line : provenance) out.print(quote(SafeCsv.cell(line)) + "\r\n");
    }
    out.flush();
    return text.toString();
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
