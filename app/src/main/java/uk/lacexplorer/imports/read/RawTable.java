package uk.lacexplorer.imports.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A delimited text file read whole, row by row with line numbers, as the publishers export it (title lines, ragged
 * rows and blank lines allowed). A file whose last line has no line end was cut off (every official export ends with
 * one), and is reported as a problem naming that line, so that a half-downloaded file is rejected whole.
 */
public final class RawTable {
  private final List<Row> rows;
  private final String sha256;

  /** One row: its line number in the file and its fields. */
  public record Row(long line, List<String> fields) {
    public Row {
      fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or "" beyond the end of the row. */
    public String field(int index) {
      return index < fields.size() ? fields.get(index) : "";
    }

    public String stripped(int index) {
      return field(index).strip();
    }

    public int size() {
      return fields.size();
    }

    public boolean isBlank() {
      return fields.stream().allMatch(String::isBlank);
    }
  }

  private RawTable(List<Row> rows, String sha256) {
    this.rows = rows;
    this.sha256 = sha256;
  }

  public static RawTable read(Path file, char separator, Problems problems) {
    byte[] bytes = FileBytes.read(file);
    List<Row> rows = new ArrayList<>();
    try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(separator).allowExtraFields(true)
        .allowMissingFields(true).skipEmptyLines(false).ofCsvRecord(decode(bytes))) {
      for (CsvRecord record : reader) rows.add(new Row(record.getStartingLineNumber(), record.getFields()));
    } catch (CsvParseException e) {
      String message = e.getCause() == null ? e.getMessage() : e.getMessage() + " (" + e.getCause().getMessage() + ")";
      problems.add(rows.isEmpty() ? 1 : rows.get(rows.size() - 1).line() + 1, "", "",
          "import.csv.broken", message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bytes.length > 0 && bytes[bytes.length - 1] != '\n' && bytes[bytes.length - 1] != '\r' && !rows.isEmpty()) {
      Row last = rows.get(rows.size() - 1);
      problems.add(last.line(), Integer.toString(last.size()), last.field(last.size() - 1),
          "import.file.cutOff");
    }
    return new RawTable(rows, FileBytes.sha256(bytes));
  }

  /** UTF-8 (with or without a byte-order mark), or Windows-1252 for older exports that are not valid UTF-8. */
  static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
    }
  }

  public List<Row> rows() {
    return rows;
  }

  public String sha256() {
    return sha256;
  }
}
