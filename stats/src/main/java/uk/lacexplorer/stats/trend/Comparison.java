package uk.lacexplorer.stats.trend;

import java.util.Locale;
import uk.lacexplorer.stats.rate.Interval;

/** Whether a value's confidence interval lies wholly above or below a benchmark (taken as fixed), as Fingertips shows it. */
public enum Comparison {
  HIGHER, SIMILAR, LOWER;

  public static Comparison of(Interval interval, double benchmark) {
    if (interval.lower() > benchmark) return HIGHER;
    if (interval.upper() < benchmark) return LOWER;
    return SIMILAR;
  }

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
