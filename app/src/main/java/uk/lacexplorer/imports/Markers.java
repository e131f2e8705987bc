package uk.lacexplorer.imports;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import uk.lacexplorer.observation.Flag;

/**
 * Reads a cell of an official table: a number (thousands separators allowed) or one of the publishers' markers.
 * StatsWales: {@code *} suppressed, {@code .} not applicable. DfE: {@code c} suppressed, {@code z} not applicable,
 * {@code x} not available, {@code low} positive but rounds to zero, {@code u} low reliability (kept with its value
 * where given). ONS: {@code :} not available, {@code ..} not available.
 */
public final class Markers {
  /** Plain decimals only: no exponents (1e308), no hexadecimal, no "Infinity", at most 15 digits before the point. */
  private static final java.util.regex.Pattern PLAIN_NUMBER =
      java.util.regex.Pattern.compile("[-+]?\\d{1,15}(\\.\\d{1,12})?|[-+]?\\.\\d{1,12}");

  private Markers() {
  }

  /** A parsed cell: a value, or none with the flags saying why. */
  public record Cell(Double value, EnumSet<Flag> flags) {
    public boolean isMissing() {
      return value == null;
    }
  }

  /** Parses a cell, or returns empty when the text is neither a number nor a known marker. */
  public static Optional<Cell> parse(String raw) {
    String text = raw == null ? "" : raw.strip();
    switch (text.toLowerCase(Locale.ROOT)) {
      case "*", "c" -> { return Optional.of(missing(Flag.SUPPRESSED)); }
      case ".", "z" -> { return Optional.of(missing(Flag.NOT_APPLICABLE)); }
      case "x", ":", "..", "" -> { return Optional.of(missing(Flag.NOT_AVAILABLE)); }
      case "low" -> { return Optional.of(missing(Flag.LOW)); }
      default -> { }
    }
    String number = text.replace(",", "");
    if (number.endsWith("%")) number = number.substring(0, number.length() - 1);
    if (!PLAIN_NUMBER.matcher(number).matches()) return Optional.empty();
    try {
      double value = Double.parseDouble(number);
      if (!Double.isFinite(value)) return Optional.empty();
      return Optional.of(new Cell(value, EnumSet.noneOf(Flag.class)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Cell missing(Flag flag) {
    return new Cell(null, EnumSet.of(flag));
  }
}
