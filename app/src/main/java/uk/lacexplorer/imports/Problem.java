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
    value = value == null ? "" : value;
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
