package uk.lacexplorer.imports.dfe;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.imports.Problem;

/**
 * A DfE CSV file as published (Explore Education Statistics or the older SFR underlying data): one header row, then
 * data rows. Reading checks the shape: every row has the header's number of fields (extra empty fields are allowed,
 * as some SFR files carry trailing commas) and the last line ends with a line break, so a file cut off mid-line is
 * found. UTF-8 with or without a byte-order mark; Windows-1252 when the bytes are not UTF-8.
 */
final class DfeTable {
  private final String fileName;
  private final List<String> header;
  private final Map<String, Integer> columns = new HashMap<>();
  private final List<Row> rows;
  private final byte[] bytes;

  private DfeTable(String fileName, List<String> header, List<Row> rows, byte[] bytes) {
    this.fileName = fileName;
    this.header = header;
    this.rows = rows;
    this.bytes = bytes;
    for (int i = 0; i < header.size(); i++) columns.putIfAbsent(key(header.get(i)), i);
  }

  /** One data row with its 1-based line number. */
  record Row(long line, List<String> fields, DfeTable table) {
    /** The trimmed text of a column, or "" when the column is absent or the row is short. */
    String get(String column) {
      Integer index = table.columns.get(key(column));
      return index == null || index >= fields.size() ? "" : fields.get(index).strip();
    }
  }

  /** Reads the file; shape problems are added to {@code problems} and such rows are left out. */
  static DfeTable read(Path file, List<Problem> problems) {
    String name = file.getFileName().toString();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    String text = decode(bytes);
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
    List<Row> rows = new ArrayList<>();
    List<String> header = List.of();
    DfeTable table = new DfeTable(name, header, rows, bytes);
    if (text.isBlank()) {
      problems.add(Problem.ofFile(name, "import.file.emptyTable"));
      return table;
    }
    try (CsvReader<CsvRecord> reader = CsvReader.builder().allowMissingFields(true).allowExtraFields(true)
        .skipEmptyLines(true).ofCsvRecord(text)) {
      for (CsvRecord record : reader) {
        if (header.isEmpty()) {
          header = record.getFields().stream().map(String::strip).toList();
          table = new DfeTable(name, header, rows, bytes);
          continue;
        }
        checkShape(name, header, record, problems);
        rows.add(new Row(record.getStartingLineNumber(), record.getFields(), table));
      }
    } catch (CsvParseException e) {
      problems.add(Problem.ofFile(name, "import.csv.unreadable", e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
    char last = text.charAt(text.length() - 1);
    if (last != '\n' && last != '\r') {
      long line = rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line();
      List<String> fields = rows.isEmpty() ? List.of() : rows.get(rows.size() - 1).fields();
      String lastValue = fields.isEmpty() ? "" : fields.get(fields.size() - 1);
      String column = fields.isEmpty() || fields.size() > header.size() ? "" : header.get(fields.size() - 1);
      problems.add(Problem.at(name, line, column, lastValue, "import.file.cutOffLine"));
    }
    return table;
  }

  private static void checkShape(String name, List<String> header, CsvRecord record, List<Problem> problems) {
    List<String> fields = record.getFields();
    long line = record.getStartingLineNumber();
    if (fields.size() < header.size()) {
      // The last field present is where the row stops: name it and its (probably cut) value.
      String lastColumn = fields.isEmpty() ? header.get(0) : header.get(fields.size() - 1);
      String lastValue = fields.isEmpty() ? "" : fields.get(fields.size() - 1);
      problems.add(Problem.at(name, line, lastColumn, lastValue, "import.row.stops", fields.size(), header.size(),
          header.get(fields.size())));
    } else {
      for (int i = header.size(); i < fields.size(); i++) {
        if (!fields.get(i).isBlank()) {
          problems.add(Problem.at(name, line, "field " + (i + 1), fields.get(i), "import.row.moreFields", header.size()));
          return;
        }
      }
    }
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
    }
  }

  private static String key(String column) {
    return column.strip().toLowerCase(Locale.ROOT);
  }

  String fileName() {
    return fileName;
  }

  List<String> header() {
    return header;
  }

  List<Row> rows() {
    return rows;
  }

  byte[] bytes() {
    return bytes;
  }

  boolean has(String column) {
    return columns.containsKey(key(column));
  }

  /** The first header matching the pattern (case-insensitive), if any. */
  Optional<String> findColumn(java.util.regex.Pattern pattern) {
    return header.stream().filter(column -> pattern.matcher(column).matches()).findFirst();
  }

  /** Adds a problem for each required column the header lacks; true when all are there. */
  boolean require(List<Problem> problems, String... required) {
    boolean ok = true;
    for (String column : required) {
      if (!has(column)) {
        problems.add(Problem.at(fileName, 1, column, "", "import.column.missingFromHeader", String.join(", ", required)));
        ok = false;
      }
    }
    return ok;
  }
}
