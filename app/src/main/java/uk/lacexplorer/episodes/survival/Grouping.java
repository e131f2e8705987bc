package uk.lacexplorer.episodes.survival;

import java.util.Locale;
import uk.lacexplorer.i18n.UserError;

/** How periods of care are split before estimating time in care. */
public enum Grouping {
  /** All periods together. */
  ALL,
  /** By entry cohort: the year ending 31 March in which the period began. */
  COHORT,
  /** By age at entry: under 1, 1-4, 5-9, 10-15, 16 and over (unknown age: "unknown"). */
  AGE,
  /** By authority. */
  LA;

  public static Grouping parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw UserError.of("error.choice.unknown", uk.lacexplorer.i18n.Arg.option("by"), text,
          uk.lacexplorer.i18n.Arg.choice(java.util.List.of("all", "cohort", "age", "la")));
    }
  }

  String label(CarePeriods periods, int period) {
    return switch (this) {
      case ALL -> "all";
      case COHORT -> Integer.toString(periods.entryYear(period));
      case AGE -> ageBand(periods.ageAtEntry(period));
      case LA -> periods.laCode();
    };
  }

  /** Sorts age bands youngest first, unknown last. */
  static int ageRank(String band) {
    return switch (band) {
      case "under 1" -> 0;
      case "1-4" -> 1;
      case "5-9" -> 2;
      case "10-15" -> 3;
      case "16+" -> 4;
      default -> 5;
    };
  }

  static String ageBand(int age) {
    if (age < 0) return "unknown";
    if (age < 1) return "under 1";
    if (age < 5) return "1-4";
    if (age < 10) return "5-9";
    if (age < 16) return "10-15";
    return "16+";
  }
}
