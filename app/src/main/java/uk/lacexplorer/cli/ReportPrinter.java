package uk.lacexplorer.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Prints a {@link Report} in the chosen format. */
public final class ReportPrinter {
  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ReportPrinter() {
  }

  public static ObjectMapper json() {
    return JSON;
  }

  public static void print(Report report, OutputFormat format, PrintWriter out) {
    switch (format) {
      case CSV -> printCsv(report, out);
      case JSON -> out.println(JSON.writeValueAsString(report.jsonValue()));
      case TABLE -> printTable(report, out);
    }
    out.flush();
  }

  private static void printCsv(Report report, PrintWriter out) {
    CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out);
    writer.writeRecord(report.columns());
    for (List<Object> row : report.rows()) {
      writer.writeRecord(row.stream().map(SafeCsv::cell).toList());
    }
    try {
      writer.flush(); // CsvWriter buffers: without this, output shorter than its buffer never reaches `out`
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void printTable(Report report, PrintWriter out) {
    List<String[]> cells = new ArrayList<>();
    cells.add(report.columns().toArray(String[]::new));
    for (List<Object> row : report.rows()) {
      cells.add(row.stream().map(ReportPrinter::display).toArray(String[]::new));
    }
    int[] widths = new int[report.columns().size()];
    boolean[] numeric = new boolean[widths.length];
    java.util.Arrays.fill(numeric, true);
    for (List<Object> row : report.rows()) {
      for (int i = 0; i < widths.length; i++) {
        if (row.get(i) != null && !(row.get(i) instanceof Number)) numeric[i] = false;
      }
    }
    for (String[] line : cells) {
      for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], line[i].length());
    }
    for (int r = 0; r < cells.size(); r++) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        if (i > 0) text.append("  ");
        String cell = cells.get(r)[i];
        String pad = " ".repeat(widths[i] - cell.length());
        text.append(numeric[i] && r > 0 ? pad + cell : cell + pad);
      }
      out.println(text.toString().stripTrailing());
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) rule.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
        out.println(rule);
      }
    }
    for (String note : report.notes()) out.println(note);
  }

  private static String display(Object value) {
    if (value == null) return "";
    if (value instanceof Double number) {
      double d = number;
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%,d", (long) d) : String.format("%,.1f", d);
    }
    if (value instanceof Integer || value instanceof Long) {
      return value.toString();
    }
    return value.toString();
  }
}
