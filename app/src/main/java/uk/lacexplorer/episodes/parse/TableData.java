package uk.lacexplorer.episodes.parse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import uk.lacexplorer.episodes.codes.CodeList;

/**
 * One table's rows held by column: child numbers and dates as {@code int}, codes as {@code byte} indexes, free text as
 * strings. A cell that could not be read keeps its raw text ({@link #raw}) so that validation can quote it. Filled by
 * {@link TableReader}; read-only afterwards (then safe to share between threads).
 */
public final class TableData {
  private final TableSpec spec;
  private final Path file;
  private int size;
  private int[] line = new int[16];
  private int[] child = new int[16];
  private final Object[] columns;
  private final Map<Long, String> raw = new HashMap<>();
  private final BitSet[] twoDigitYears;
  /** Cells read but not written as the DfE specification says (see {@link #nonStandard}). */
  private final BitSet[] nonStandard;

  TableData(TableSpec spec, Path file) {
    this.spec = spec;
    this.file = file;
    this.columns = new Object[spec.columns().size()];
    this.twoDigitYears = new BitSet[columns.length];
    this.nonStandard = new BitSet[columns.length];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = switch (spec.columns().get(c).kind()) {
        case CHILD -> null;
        case DATE -> new int[16];
        case CODE, CHECKED -> new byte[16];
        case TEXT -> new String[16];
      };
    }
  }

  /** An empty table, for an optional file the folder does not hold. */
  public static TableData empty(TableSpec spec) {
    return new TableData(spec, null);
  }

  public TableSpec spec() {
    return spec;
  }

  /** The file read, or null when the table is absent. */
  public Path file() {
    return file;
  }

  public boolean isPresent() {
    return file != null;
  }

  public int size() {
    return size;
  }

  /** The 1-based line of the file a row starts on (the column names are line 1). */
  public int line(int row) {
    return line[row];
  }

  /** The row's child number in the authority's {@link ChildIndex}, or -1 when the CHILD cell is blank. */
  public int child(int row) {
    return child[row];
  }

  public int date(int column, int row) {
    return ((int[]) columns[column])[row];
  }

  public byte code(int column, int row) {
    return ((byte[]) columns[column])[row];
  }

  /** A checked-text cell: {@link #VALID}, {@link #INVALID} (raw text kept) or {@link CodeList#BLANK}. */
  public byte checked(int column, int row) {
    return ((byte[]) columns[column])[row];
  }

  public static final byte VALID = 1;
  public static final byte INVALID = -1;

  public String text(int column, int row) {
    String value = ((String[]) columns[column])[row];
    return value == null ? "" : value;
  }

  String textOrNull(int column, int row) {
    return ((String[]) columns[column])[row];
  }

  public CodeList codes(int column) {
    return spec.columns().get(column).codes();
  }

  /** The cell as written in the file (for codes and dates that could not be read, the raw text). */
  public String cell(int column, int row) {
    String unread = raw.get(key(row, column));
    if (unread != null) return unread;
    return switch (spec.columns().get(column).kind()) {
      case CHILD -> "";
      case DATE -> Dates.format(date(column, row));
      case CODE -> codes(column).text(code(column, row));
      case TEXT -> text(column, row);
      case CHECKED -> checked(column, row) == VALID ? "(valid)" : "";
    };
  }

  /** True when the date cell was written with a two-digit year. */
  public boolean twoDigitYear(int column, int row) {
    return twoDigitYears[column] != null && twoDigitYears[column].get(row);
  }

  /**
   * True when the cell was read but is not written as the DfE specification says: a date other than exactly
   * {@code dd/mm/yyyy} (ISO {@code yyyy-mm-dd}, one-digit day or month, spaces around it), or a code with spaces
   * around it. Its raw text is kept, so findings quote it as written.
   */
  public boolean nonStandard(int column, int row) {
    return nonStandard[column] != null && nonStandard[column].get(row);
  }

  public Path fileOrName() {
    return file == null ? Path.of(spec.fileName()) : file;
  }

  // --- filling, for TableReader ---

  int beginRow(int lineNumber) {
    if (size == line.length) grow();
    line[size] = lineNumber;
    child[size] = -1;
    return size;
  }

  void endRow() {
    size++;
  }

  void setChild(int row, int number) {
    child[row] = number;
  }

  void setDate(int column, int row, int day) {
    ((int[]) columns[column])[row] = day;
  }

  void setChecked(int column, int row, byte flag) {
    ((byte[]) columns[column])[row] = flag;
  }

  void setCode(int column, int row, byte code) {
    ((byte[]) columns[column])[row] = code;
  }

  void setText(int column, int row, String text) {
    ((String[]) columns[column])[row] = text;
  }

  void setRaw(int column, int row, String text) {
    raw.put(key(row, column), text);
  }

  void setNonStandard(int column, int row, String text) {
    if (nonStandard[column] == null) nonStandard[column] = new BitSet();
    nonStandard[column].set(row);
    raw.put(key(row, column), text);
  }

  void setTwoDigitYear(int column, int row) {
    if (twoDigitYears[column] == null) twoDigitYears[column] = new BitSet();
    twoDigitYears[column].set(row);
  }

  private void grow() {
    int capacity = line.length * 2;
    line = Arrays.copyOf(line, capacity);
    child = Arrays.copyOf(child, capacity);
    for (int c = 0; c < columns.length; c++) {
      Object column = columns[c];
      if (column instanceof int[] ints) columns[c] = Arrays.copyOf(ints, capacity);
      else if (column instanceof byte[] bytes) columns[c] = Arrays.copyOf(bytes, capacity);
      else if (column instanceof String[] texts) columns[c] = Arrays.copyOf(texts, capacity);
    }
  }

  private static long key(int row, int column) {
    return ((long) row << 6) | column;
  }
}
