package uk.lacexplorer.imports.read;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Derived values as stored: rounded half-up to a fixed number of decimals, so the shipped files do not carry noise. */
public final class Rounded {
  private Rounded() {
  }

  public static double to(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
  }

  /** A percentage to 2 decimals (as the WIMD shares). */
  public static double percent(double value) {
    return to(value, 2);
  }
}
