package uk.lacexplorer.output;

/**
 * Guards CSV cells against formula injection: a text cell that a spreadsheet would run as a formula — one starting
 * with {@code = + - @}, their full-width forms ({@code ＝ ＋ － ＠}), a tab, a carriage return or a line feed, also after
 * leading spaces — gets a leading apostrophe. Numbers are left as they are. Every CSV the application writes for
 * people (the command line's {@code --format csv}, the API, the downloads, self-evaluation results) goes through here.
 */
public final class SafeCsv {
  private static final String TRIGGERS = "=+-@\t\r\n\uFF1D\uFF0B\uFF0D\uFF20";

  private SafeCsv() {
  }

  public static String cell(Object value) {
    if (value == null) return "";
    if (value instanceof Number number) return Numbers.plain(number);
    String text = value.toString();
    if (risky(text)) return "'" + text;
    return text;
  }

  /** Whether a spreadsheet could read the text as a formula. */
  public static boolean risky(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') i++;
    if (i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0) return true;
    return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
  }
}
