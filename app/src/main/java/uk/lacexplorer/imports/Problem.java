package uk.lacexplorer.imports;

import java.util.List;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;

/**
 * Something wrong with an input file, located as precisely as the file allows, and said as a message from the bundles
 * (a key of {@code i18n/imports_*.properties} and its arguments), so that the command line and the upload page each
 * word it for their reader ({@link #render}). A key that is not in both languages is refused at once: no problem can
 * be an English-only sentence.
 *
 * @param line 1-based line number, or 0 when the problem concerns the whole file
 * @param column column name or number, or {@code ""}
 * @param value the offending text, or {@code ""}
 * @param says what is wrong: a message key and its arguments ({@link Arg}s such as options are rendered for the reader)
 */
public record Problem(String file, long line, String column, String value, Arg.Words says) {
  public Problem {
    column = column == null ? "" : column;
    value = value == null ? "" : shown(value);
    column = shown(column);
    requireKnown(says);
  }

  /** A problem at a line (0: the whole file), in a column, about a value: {@code key} from the bundles with its arguments. */
  public static Problem at(String file, long line, String column, String value, String key, Object... args) {
    return new Problem(file, line, column, value, words(key, args));
  }

  /** A problem with the whole file. */
  public static Problem ofFile(String file, String key, Object... args) {
    return new Problem(file, 0, "", "", words(key, args));
  }

  /** A message key and its arguments ({@code null} shown as nothing), checked to be in the bundles. */
  public static Arg.Words words(String key, Object... args) {
    Object[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) if (copy[i] == null) copy[i] = "";
    return requireKnown(Arg.words(key, copy));
  }

  private static Arg.Words requireKnown(Arg.Words says) {
    if (says == null) throw new IllegalArgumentException("a problem needs a message");
    Messages messages = Messages.standard();
    if (!messages.has(Lang.EN, says.key()) || !messages.has(Lang.CY, says.key())) {
      throw new IllegalArgumentException("not a message key in both languages: " + says.key());
    }
    return says;
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

  /** The message key of what is wrong. */
  public String key() {
    return says.key();
  }

  /** What is wrong, in English as the command line says it (without the location). */
  public String message() {
    return says.render(Messages.standard(), Lang.EN, Audience.CLI);
  }

  /**
   * The whole line for a reader: {@code file:line: column 'c', value 'v': message}, the words "column" and "value" and
   * the message in the reader's language (options as {@code --option} on the command line, in words on the web).
   */
  public String render(Lang lang, Audience audience) {
    return asArg().render(Messages.standard(), lang, audience);
  }

  /** The whole line as a message argument, rendered for whoever reads the message it is part of. */
  public Arg asArg() {
    String place = line > 0 ? file + ":" + line : file;
    if (!column.isEmpty()) return Arg.words("import.problem.columnValue", place, column, value, says);
    if (!value.isEmpty()) return Arg.words("import.problem.value", place, value, says);
    return Arg.words("import.problem.file", place, says);
  }

  /** One line in English, as the command line prints it: {@code file:line: column 'c', value 'v': message}. */
  @Override
  public String toString() {
    return render(Lang.EN, Audience.CLI);
  }

  /** The arguments of the message (for tests and for adapters that show them apart). */
  public List<Object> args() {
    return says.args();
  }
}
