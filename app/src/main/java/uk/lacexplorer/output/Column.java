package uk.lacexplorer.output;

/**
 * A column of an analysis' table: its snake_case name and how its numbers are written.
 *
 * @param places decimals kept in CSV and JSON (half up; {@code -1}: as computed)
 * @param style how the aligned table for people shows the value
 * @param shown decimals in the table for {@link Style#FIXED}
 */
public record Column(String name, int places, Style style, int shown) {
  /** How the aligned table shows a cell. */
  public enum Style {
    /** As text, left-aligned. */
    TEXT,
    /** Numbers right-aligned: whole numbers as integers with thousands separators, others with one decimal. */
    NUMBER,
    /** Numbers with exactly {@code shown} decimals. */
    FIXED,
    /** p-values: four decimals, or "<0.0001". */
    P_VALUE,
    /** Long text (definitions, sources): in CSV and JSON, left out of the aligned table. */
    LONG_TEXT
  }

  public Column {
    if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("column names are snake_case: " + name);
    if (places < -1 || shown < 0) throw new IllegalArgumentException(name + ": places " + places + ", shown " + shown);
  }

  public static Column text(String name) {
    return new Column(name, -1, Style.TEXT, 0);
  }

  /** Long text kept out of the aligned table (it is in CSV and JSON). */
  public static Column longText(String name) {
    return new Column(name, -1, Style.LONG_TEXT, 0);
  }

  /** Columns by name, numbers written as they are and shown as {@link Style#NUMBER}, text as text. */
  public static java.util.List<Column> named(java.util.List<String> names) {
    return names.stream().map(name -> new Column(name, -1, Style.NUMBER, 0)).toList();
  }

  /** A count, year or other whole number, written as it is. */
  public static Column whole(String name) {
    return new Column(name, -1, Style.NUMBER, 0);
  }

  /** A rate or other measured value: four decimals in CSV and JSON, one in the table. */
  public static Column rate(String name) {
    return new Column(name, 4, Style.NUMBER, 0);
  }

  /** {@code places} decimals in CSV and JSON, {@code shown} in the table. */
  public static Column decimals(String name, int places, int shown) {
    return new Column(name, places, Style.FIXED, shown);
  }

  /** Full precision in CSV and JSON, {@code shown} decimals in the table. */
  public static Column precise(String name, int shown) {
    return new Column(name, -1, Style.FIXED, shown);
  }

  /** A p-value: full precision in CSV and JSON. */
  public static Column p(String name) {
    return new Column(name, -1, Style.P_VALUE, 4);
  }

  /** The value as CSV and JSON carry it: doubles rounded to {@link #places}, NaN and infinities as null. */
  public Object written(Object value) {
    if (value instanceof Double number) {
      if (!Double.isFinite(number)) return null;
      return places < 0 ? number : Numbers.round(number, places);
    }
    if (value instanceof Float number) return written(number.doubleValue());
    return value;
  }
}
