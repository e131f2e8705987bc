package uk.lacexplorer.report;

import java.util.Locale;

/** How the report writes numbers: rates to one decimal as the command line's tables show them, counts whole. */
public final class Figures {
  private Figures() {
  }

  public static String rate(double value) {
    return String.format(Locale.UK, "%.1f", value);
  }

  /** A slope or change with its sign: +2.4, −1.3 (a true minus sign). */
  public static String signed(double value) {
    String shown = rate(Math.abs(value));
    if (shown.equals("0.0")) return shown;
    return (value < 0 ? "\u2212" : "+") + shown;
  }

  public static String count(double value) {
    return String.format(Locale.UK, "%,.0f", value);
  }

  public static String ratio(double value) {
    return String.format(Locale.UK, "%.2f", value);
  }
}
