package uk.lacexplorer.stats.funnel;

import java.util.Locale;

/** Where a unit's rate lies against its control limits. A rate exactly on a limit counts as inside it. */
public enum Position {
  ABOVE_998, ABOVE_95, WITHIN, BELOW_95, BELOW_998;

  public static Position of(double rate, Limits limits) {
    if (rate > limits.upper998()) return ABOVE_998;
    if (rate > limits.upper95()) return ABOVE_95;
    if (rate < limits.lower998()) return BELOW_998;
    if (rate < limits.lower95()) return BELOW_95;
    return WITHIN;
  }

  /** {@code above_998} and so on, as written in CSV and JSON. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
