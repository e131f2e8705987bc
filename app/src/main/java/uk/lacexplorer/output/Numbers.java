package uk.lacexplorer.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for machine-readable output: plain decimal, no exponent, no trailing zeros. */
public final class Numbers {
  private Numbers() {
  }

  public static String plain(Number number) {
    if (number instanceof Integer || number instanceof Long) return number.toString();
    double value = number.doubleValue();
    if (!Double.isFinite(value)) return "";
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** Rounds half up to {@code places} decimals (for table display and compact CSV). */
  public static Double round(Double value, int places) {
    if (value == null || !Double.isFinite(value)) return value;
    return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).doubleValue();
  }
}
