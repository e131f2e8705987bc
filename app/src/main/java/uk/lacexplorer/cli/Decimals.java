package uk.lacexplorer.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers for the need reports: a fixed number of decimals in the table (as BigDecimal, so they stay right-aligned),
 * rounded doubles in CSV and JSON, full precision where {@code places} is negative; null for NaN or infinity.
 */
final class Decimals {
  private Decimals() {
  }

  static Object of(double value, int places, OutputFormat format) {
    if (!Double.isFinite(value)) return null;
    if (format == OutputFormat.TABLE) return BigDecimal.valueOf(value).setScale(Math.max(places, 0), RoundingMode.HALF_UP);
    return places < 0 ? value : Numbers.round(value, places);
  }

  /** p-values: "<0.0001" in the table, full precision elsewhere. */
  static Object p(double value, OutputFormat format) {
    if (format == OutputFormat.TABLE && value < 0.0001) return "<0.0001";
    return of(value, format == OutputFormat.TABLE ? 4 : -1, format);
  }

  static String text(double value, int places) {
    if (!Double.isFinite(value)) return "-";
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
  }
}
