package uk.lacexplorer.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an {@link Output} as text: an aligned table with its notes for people, RFC 4180 CSV with a header row and
 * formula-safe cells, or JSON. The command line and the web both write through here. Thread-safe.
 */
public final class OutputWriter {
  /** Made on first use: a command that prints a table does not pay for loading Jackson. */
  private static final class Json {
    static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
  }

  private OutputWriter() {
  }

  /** The output in a format: the same bytes for the command line and the API (JSON indented, ending in a newline). */
  public static String write(Output output, OutputFormat format) {
    return switch (format) {
      case TABLE -> table(output);
      case CSV -> csv(output);
      case JSON -> json(output.jsonValue());
    };
  }

  /** A JSON value, indented, with a final newline. */
  public static String json(Object value) {
    return Json.MAPPER.writeValueAsString(value) + "\n";
  }

  /** The CSV: a header row of column names, then the rows, cells rounded as their columns say and safe from formulas. */
  public static String csv(Output output) {
    StringWriter text = new StringWriter();
    try (CsvWriter writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      writer.writeRecord(output.columnNames());
      for (List<Object> row : output.rows()) {
        List<String> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) cells.add(SafeCsv.cell(output.columns().get(i).written(row.get(i))));
        writer.writeRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /** The aligned table for people, numbers right-aligned, then the notes; long text columns are left out. */
  public static String table(Output output) {
    List<Integer> kept = new ArrayList<>();
    for (int i = 0; i < output.columns().size(); i++) {
      if (output.columns().get(i).style() != Column.Style.LONG_TEXT) kept.add(i);
    }
    List<Column> columns = kept.stream().map(output.columns()::get).toList();
    List<List<Object>> rows = output.rows().stream().map(row -> kept.stream().map(row::get).toList()).toList();
    List<String[]> cells = new ArrayList<>();
    cells.add(columns.stream().map(Column::name).toArray(String[]::new));
    for (List<Object> row : rows) {
      String[] line = new String[columns.size()];
      for (int i = 0; i < line.length; i++) line[i] = shown(columns.get(i), row.get(i));
      cells.add(line);
    }
    int[] widths = new int[columns.size()];
    boolean[] right = new boolean[widths.length];
    for (int i = 0; i < widths.length; i++) {
      final int column = i;
      right[i] = columns.get(i).style() != Column.Style.TEXT
          && rows.stream().allMatch(row -> row.get(column) == null || row.get(column) instanceof Number);
    }
    for (String[] line : cells) {
      for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], line[i].length());
    }
    StringBuilder text = new StringBuilder();
    String newline = System.lineSeparator();
    for (int r = 0; r < cells.size(); r++) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        if (i > 0) line.append("  ");
        String cell = cells.get(r)[i];
        String pad = " ".repeat(widths[i] - cell.length());
        line.append(right[i] && r > 0 ? pad + cell : cell + pad);
      }
      text.append(line.toString().stripTrailing()).append(newline);
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) rule.append(i > 0 ? "  " : "").append("-".repeat(widths[i]));
        text.append(rule).append(newline);
      }
    }
    if (kept.size() < output.columns().size()) {
      text.append("(").append(String.join(", ", output.columns().stream().filter(c -> c.style() == Column.Style.LONG_TEXT)
          .map(Column::name).toList())).append(": see --format csv or json)").append(newline);
    }
    for (String note : output.notes()) text.append(note).append(newline);
    return text.toString();
  }

  /** A cell as the table shows it. */
  static String shown(Column column, Object value) {
    if (value == null) return "";
    if (!(value instanceof Number number)) return value.toString();
    if (value instanceof Integer || value instanceof Long) return value.toString();
    double d = number.doubleValue();
    if (!Double.isFinite(d)) return "";
    return switch (column.style()) {
      case TEXT, LONG_TEXT -> value.toString();
      case FIXED -> BigDecimal.valueOf(d).setScale(column.shown(), RoundingMode.HALF_UP).toPlainString();
      case P_VALUE -> d < 0.0001 ? "<0.0001" : BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).toPlainString();
      case NUMBER -> grouped(d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : oneDecimal(d));
    };
  }

  /** One decimal, half up; a negative number that rounds to zero keeps its sign ("-0.0"), as {@code %.1f} prints it. */
  private static String oneDecimal(double d) {
    String text = BigDecimal.valueOf(d).setScale(1, RoundingMode.HALF_UP).toPlainString();
    return d < 0 && !text.startsWith("-") ? "-" + text : text;
  }

  /**
   * A plain decimal with commas between thousands ({@code -12345.6} → {@code -12,345.6}), as {@code %,d} and
   * {@code %,.1f} print in the UK locale, without the cost of {@link String#format} in a short command.
   */
  static String grouped(String plain) {
    int start = plain.startsWith("-") ? 1 : 0;
    int point = plain.indexOf('.');
    int end = point < 0 ? plain.length() : point;
    StringBuilder out = new StringBuilder(plain.length() + 6).append(plain, 0, start);
    for (int i = start; i < end; i++) {
      if (i > start && (end - i) % 3 == 0) out.append(',');
      out.append(plain.charAt(i));
    }
    return out.append(plain, end, plain.length()).toString();
  }
}
