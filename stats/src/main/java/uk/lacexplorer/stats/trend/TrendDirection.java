package uk.lacexplorer.stats.trend;

import java.util.Locale;

/** The result of the recent-trend test, in the words Fingertips uses. */
public enum TrendDirection {
  INCREASING("increasing"), DECREASING("decreasing"), NO_SIGNIFICANT_CHANGE("no significant change"),
  CANNOT_BE_CALCULATED("cannot be calculated");

  private final String words;

  TrendDirection(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
