package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import uk.lacexplorer.UserError;
import uk.lacexplorer.cli.OutputFormat;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.cli.ReportPrinter;
import uk.lacexplorer.cli.SafeCsv;

/**
 * Sends a command-line {@link Report} over HTTP: JSON (the CLI's {@code --format json}, one object per row) or CSV
 * (the CLI's {@code --format csv}: RFC 4180, a header row, cells safe against formula injection). A download made
 * for people adds the provenance and licence lines after a blank line.
 */
public final class ReportResponses {
  private ReportResponses() {
  }

  /** {@code format=json} (default) or {@code format=csv}, as on the command line. */
  public static void send(Context ctx, Report report, String format, String fileName) {
    String chosen = format == null ? "json" : format.toLowerCase(java.util.Locale.ROOT);
    switch (chosen) {
      case "json" -> ctx.json(report.jsonValue());
      case "csv" -> csv(ctx, report, List.of(), fileName);
      default -> throw new UserError("unknown format '" + Params.shorten(format) + "': use json or csv");
    }
  }

  /** CSV with the table, then a blank line and one line per provenance note (source, licence, method). */
  public static void csv(Context ctx, Report report, List<String> provenance, String fileName) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    ReportPrinter.print(report, OutputFormat.CSV, out);
    if (!provenance.isEmpty()) {
      out.print("\r\n");
      for (String line : provenance) out.print(quote(SafeCsv.cell(line)) + "\r\n");
    }
    out.flush();
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    ctx.result(text.toString());
  }

  private static String quote(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }
}
