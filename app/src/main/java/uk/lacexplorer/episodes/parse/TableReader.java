package uk.lacexplorer.episodes.parse;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.episodes.codes.CodeList;

/**
 * Reads one SSDA903 CSV file into a {@link TableData} with FastCSV, straight from FastCSV's character buffer (no
 * string per cell except child ids and free text). The first line names the columns, in any order; every column of
 * the {@link TableSpec} must be there, others are ignored. A structural fault (missing column, unclosed quote, a row
 * with the wrong number of fields, as in a truncated file) is a {@link UserError} naming the file, line and field;
 * unreadable dates and unknown codes are kept for validation to report.
 */
public final class TableReader {
  private final Dates dates;

  public TableReader(Dates dates) {
    this.dates = dates;
  }

  public TableData read(Path file, TableSpec spec, ChildIndex children) {
    TableData data = new TableData(spec, file);
    Handler handler = new Handler(file, spec, data, children);
    try (CsvReader<Void> reader = CsvReader.builder().detectBomHeader(true).skipEmptyLines(true)
        .build(handler, file, StandardCharsets.UTF_8)) {
      for (Void ignored : reader) {
        // The handler fills the table; records themselves are not built.
      }
    } catch (CsvParseException e) {
      throw UserError.of(e, "error.extract.notCsv", file, oneLine(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!handler.sawHeader) {
      throw UserError.of("error.extract.empty", file, String.join(",", spec.columnNames()));
    }
    return data;
  }

  /** True when the path holds at least one byte: an empty optional file counts as absent. */
  public static boolean nonEmpty(Path file) {
    try {
      return Files.isRegularFile(file) && Files.size(file) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String oneLine(Exception e) {
    StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
    Throwable cause = e.getCause();
    if (cause != null && cause.getMessage() != null) text.append(": ").append(cause.getMessage());
    return text.toString().replaceAll("\\s+", " ");
  }

  private final class Handler extends AbstractBaseCsvCallbackHandler<Void> {
    private final Path file;
    private final TableSpec spec;
    private final TableData data;
    private final ChildIndex children;
    private final List<String> names = new ArrayList<>();
    private final ColumnSpec.Kind[] kinds;
    private final CodeList[] codeLists;
    private final TextFormat[] formats;
    private int[] columnOfField = new int[0];
    private boolean sawHeader;
    private int row;
    private int line;
    private char[] lastChild = new char[0];
    private int lastChildLength = -1;
    private int lastChildNumber = -1;

    Handler(Path file, TableSpec spec, TableData data, ChildIndex children) {
      this.file = file;
      this.spec = spec;
      this.data = data;
      this.children = children;
      int columns = spec.columns().size();
      kinds = new ColumnSpec.Kind[columns];
      codeLists = new CodeList[columns];
      formats = new TextFormat[columns];
      for (int c = 0; c < columns; c++) {
        kinds[c] = spec.columns().get(c).kind();
        codeLists[c] = spec.columns().get(c).codes();
        formats[c] = spec.columns().get(c).format();
      }
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
      line = (int) startingLineNumber;
      if (sawHeader) row = data.beginRow(line);
    }

    @Override
    protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
      if (!sawHeader) {
        names.add(new String(buf, offset, len).strip());
        return;
      }
      if (fieldIdx >= columnOfField.length) return;
      int column = columnOfField[fieldIdx];
      if (column < 0) return;
      switch (kinds[column]) {
        case CHILD -> data.setChild(row, childNumber(buf, offset, len));
        case DATE -> readDate(column, buf, offset, len);
        case CODE -> readCode(column, codeLists[column], buf, offset, len);
        case TEXT -> data.setText(column, row, text(column, buf, offset, len));
        case CHECKED -> readChecked(column, formats[column], buf, offset, len);
      }
    }

    /** Free text; the same text as the previous row's (a child's home postcode, say) shares one string. */
    private String text(int column, char[] buf, int offset, int len) {
      if (len == 0) return null;
      String previous = row > 0 ? data.textOrNull(column, row - 1) : null;
      if (previous != null && previous.length() == len) {
        int i = 0;
        while (i < len && previous.charAt(i) == buf[offset + i]) i++;
        if (i == len) return previous;
      }
      return new String(buf, offset, len).strip();
    }

    private void readChecked(int column, TextFormat format, char[] buf, int offset, int len) {
      while (len > 0 && buf[offset] == ' ') {
        offset++;
        len--;
      }
      while (len > 0 && buf[offset + len - 1] == ' ') len--;
      if (len == 0) {
        data.setChecked(column, row, CodeList.BLANK);
      } else if (format.matches(buf, offset, len)) {
        data.setChecked(column, row, TableData.VALID);
      } else {
        data.setChecked(column, row, TableData.INVALID);
        data.setRaw(column, row, new String(buf, offset, len));
      }
    }

    private void readDate(int column, char[] buf, int offset, int len) {
      int day = dates.parse(buf, offset, len);
      data.setDate(column, row, day);
      if (day == Dates.INVALID) data.setRaw(column, row, new String(buf, offset, len));
      else if (day != Dates.BLANK && Dates.hasTwoDigitYear(buf, offset, len)) data.setTwoDigitYear(column, row);
      else if (day != Dates.BLANK && !Dates.isSpecFormat(buf, offset, len)) {
        data.setNonStandard(column, row, new String(buf, offset, len));
      }
    }

    private void readCode(int column, CodeList codes, char[] buf, int offset, int len) {
      byte code = codes.index(buf, offset, len);
      data.setCode(column, row, code);
      if (code == CodeList.UNKNOWN) data.setRaw(column, row, new String(buf, offset, len));
      else if (code > 0 && (buf[offset] == ' ' || buf[offset + len - 1] == ' ')) {
        data.setNonStandard(column, row, new String(buf, offset, len));
      }
    }

    private int childNumber(char[] buf, int offset, int len) {
      while (len > 0 && buf[offset] == ' ') {
        offset++;
        len--;
      }
      while (len > 0 && buf[offset + len - 1] == ' ') len--;
      if (len == 0) return -1;
      if (len == lastChildLength && Arrays.equals(lastChild, 0, len, buf, offset, offset + len)) return lastChildNumber;
      if (lastChild.length < len) lastChild = new char[Math.max(len, 32)];
      System.arraycopy(buf, offset, lastChild, 0, len);
      lastChildLength = len;
      lastChildNumber = children.number(new String(buf, offset, len));
      return lastChildNumber;
    }

    @Override
    protected Void buildRecord() {
      if (!sawHeader) {
        mapColumns();
        sawHeader = true;
        return null;
      }
      if (getFieldCount() != names.size()) {
        throw UserError.of("error.extract.fieldCount", file, Long.toString(line),
            Integer.toString(getFieldCount()), Integer.toString(names.size()));
      }
      data.endRow();
      return null;
    }

    private void mapColumns() {
      columnOfField = new int[names.size()];
      Arrays.fill(columnOfField, -1);
      for (int c = 0; c < spec.columns().size(); c++) {
        String wanted = spec.columns().get(c).name();
        int field = -1;
        for (int f = 0; f < names.size(); f++) {
          if (names.get(f).equalsIgnoreCase(wanted)) {
            if (field >= 0) {
              throw UserError.of("error.extract.columnTwice", file, wanted);
            }
            field = f;
          }
        }
        if (field < 0) {
          throw UserError.of("error.extract.columnMissing", file, wanted, spec.id(),
              String.join(",", spec.columnNames()));
        }
        columnOfField[field] = c;
      }
    }
  }
}
