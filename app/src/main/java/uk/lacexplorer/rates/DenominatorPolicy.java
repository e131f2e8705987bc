package uk.lacexplorer.rates;

import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/** Which population year a rate is divided by when the count's own year has no estimate. */
public enum DenominatorPolicy {
  /** Only the same year; no rate otherwise. */
  EXACT,
  /** The nearest year with an estimate (the earlier one on a tie); flagged estimated when not the same year. */
  NEAREST,
  /** Linear interpolation between the nearest earlier and later years (nearest beyond the ends); flagged estimated. */
  INTERPOLATE;

  public static DenominatorPolicy parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("denominator"), String.valueOf(text),
          uk.lacexplorer.i18n.Arg.choice(java.util.List.of("exact", "nearest", "interpolate")));
    }
  }
}
