package uk.lacexplorer.i18n;

import java.util.Arrays;
import java.util.List;

/**
 * A request the user can correct: wrong arguments, an unknown area, a year without data, a malformed file. It is a
 * value: a message key in the bundles ({@code i18n/*.properties}, English and Welsh) and its arguments, so that each
 * adapter words it for its reader — the command line with its option names ({@code --year}), the web in the page's
 * language with form labels ({@link #render}). {@link #getMessage()} is the English command-line wording.
 * The command line turns it into exit code 2; the web into a 4xx answer.
 *
 * <p>Arguments are shown as given, except {@link uk.lacexplorer.i18n.Arg}s (options, words from the bundles), which
 * are rendered for the reader. Format numbers before passing them.
 */
public class UserError extends RuntimeException {
  private final String key;
  private final List<Object> args;

  /** For subclasses that carry more than the message (e.g. what a page can offer as controls). */
  protected UserError(String key, List<Object> args) {
    this(key, args, null);
  }

  private UserError(String key, List<Object> args, Throwable cause) {
    super(Messages.standard().render(Lang.EN, Audience.CLI, key, args), cause);
    this.key = key;
    this.args = List.copyOf(args);
  }

  /** A message from the bundles: a key and its arguments (an {@code Arg.option("year")} names an option). */
  public static UserError of(String key, Object... args) {
    return new UserError(key, Arrays.asList(nullsAsText(args)), null);
  }

  public static UserError of(Throwable cause, String key, Object... args) {
    return new UserError(key, Arrays.asList(nullsAsText(args)), cause);
  }

  private static Object[] nullsAsText(Object[] args) {
    Object[] copy = args.clone();
    for (int i = 0; i < copy.length; i++) if (copy[i] == null) copy[i] = "";
    return copy;
  }

  public String key() {
    return key;
  }

  public List<Object> args() {
    return args;
  }

  /** The message for a reader in a language. */
  public String render(Lang lang, Audience audience) {
    return Messages.standard().render(lang, audience, key, args);
  }
}
