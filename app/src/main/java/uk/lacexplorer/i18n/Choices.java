package uk.lacexplorer.i18n;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads one of a fixed set of values as a user types it (trimmed, any case): an option of the command line or a
 * parameter of the web, named by its command-line name, with one error for both ("unknown --limits 'x': use exact,
 * phe or normal").
 */
public final class Choices {
  private Choices() {
  }

  /** The value whose id is {@code text}; null text gives {@code fallback}. */
  public static <T> T parse(String option, String text, List<T> values, Function<T, String> id, T fallback) {
    if (text == null || text.isBlank()) {
      if (fallback != null) return fallback;
      throw UserError.of("error.option.required", Arg.option(option));
    }
    String wanted = text.strip().toLowerCase(Locale.ROOT);
    for (T value : values) {
      if (id.apply(value).toLowerCase(Locale.ROOT).equals(wanted)) return value;
    }
    throw UserError.of("error.choice.unknown", Arg.option(option), shorten(text),
        Arg.choice(values.stream().map(id).toList()));
  }

  /** An enum constant by its lower-case name ({@code NEAREST} is {@code nearest}); null text gives {@code fallback}. */
  public static <E extends Enum<E>> E parse(String option, String text, Class<E> type, E fallback) {
    return parse(option, text, List.of(type.getEnumConstants()), value -> value.name().toLowerCase(Locale.ROOT), fallback);
  }

  /** A whole number, or {@code fallback} when absent. */
  public static Integer integer(String option, String text, Integer fallback) {
    if (text == null || text.isBlank()) return fallback;
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw UserError.of("error.option.notWhole", Arg.option(option), shorten(text));
    }
  }

  /** The text cut to 40 characters for a message. */
  public static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }

  /**
   * The lines of a small text file the user named (UTF-8), or one clear error under {@code unreadableKey} (its
   * argument: the file) when it cannot be read.
   */
  public static java.util.List<String> lines(java.nio.file.Path file, String unreadableKey) {
    try {
      return java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      throw UserError.of(unreadableKey, file.toString());
    }
  }
}
