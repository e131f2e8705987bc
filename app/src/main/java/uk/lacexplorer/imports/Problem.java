package uk.lacexplorer.imports;

/**
 * Something wrong with an input file, located as precisely as the file allows.
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param column column name or number, or {@code ""}
 * @param value the offending text, or {@code ""}
 */
public record Problem(String file, long line, String column, String value, String message) {
  public Problem {
    column = column == null ? "" : column;
    value = value == null ? "" : shown(value);
    column = shown(column);
  }

  /** The offending text as one short line: control characters (new lines, NUL) shown as \\uXXXX, at most 60 characters. */
  static String shown(String text) {
    StringBuilder shown = new StringBuilder();
    text.codePoints().limit(61).forEach(c -> {
      if (Character.isISOControl(c)) shown.append("\\u%04x".formatted(c));
      else shown.appendCodePoint(c);
    });
    return text.codePointCount(0, text.length()) > 60 ? shown.substring(0, Math.min(shown.length(), 60)) + "…"
        : shown.toString();
  }

  public static Problem ofFile(String file, String message) {
    return new Problem(file, 0, "", "", message);
  }

  /** One line: {@code file:line: column 'c', value 'v': message}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) text.append(':').append(line);
    text.append(": ");
    if (!column.isEmpty()) text.append("column '").append(column).append("', ");
    if (!value.isEmpty() || !column.isEmpty()) text.append("value '").append(value).append("': ");
    return text.append(message).toString();
  }
}
