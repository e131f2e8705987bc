package uk.lacexplorer.output;

/**
 * Guards CSV cells against formula injection: a text cell that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) gets a leading apostrophe. Numbers are left as they are.
 */
public final class SafeCsv {
  private SafeCsv() {
  }

  public static String cell(Object value) {
    if (value == null) return "";
    if (value instanceof Number number) return Numbers.plain(number);
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) return "'" + text;
    return text;
  }
}
