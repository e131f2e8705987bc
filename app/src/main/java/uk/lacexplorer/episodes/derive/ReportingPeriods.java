package uk.lacexplorer.episodes.derive;

import uk.lacexplorer.episodes.parse.Dates;

/**
 * The consecutive periods flows are counted over: the years ending 31 March of a {@link CollectionWindow}, or one
 * arbitrary date range. Stocks ("looked after at") are counted on each period's last day. Immutable.
 */
public final class ReportingPeriods {
  private final int firstYear;
  private final int[] starts;
  private final int[] ends;
  private final boolean yearly;

  private ReportingPeriods(int firstYear, int[] starts, int[] ends, boolean yearly) {
    this.firstYear = firstYear;
    this.starts = starts;
    this.ends = ends;
    this.yearly = yearly;
  }

  public static ReportingPeriods years(CollectionWindow window) {
    int n = window.years();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      starts[i] = CareYears.march31(window.firstYear() + i - 1) + 1;
      ends[i] = CareYears.march31(window.firstYear() + i);
    }
    return new ReportingPeriods(window.firstYear(), starts, ends, true);
  }

  /** One period from {@code from} to {@code to}, both included. */
  public static ReportingPeriods range(int from, int to) {
    if (!Dates.isDate(from) || !Dates.isDate(to) || to < from) throw new IllegalArgumentException("range " + from + "-" + to);
    return new ReportingPeriods(CareYears.yearOf(to), new int[] {from}, new int[] {to}, false);
  }

  public int count() {
    return ends.length;
  }

  public int start(int period) {
    return starts[period];
  }

  /** The last day of the period, on which stocks are counted. */
  public int end(int period) {
    return ends[period];
  }

  /** The year ending 31 March the period is labelled with (for a date range: the year of its last day). */
  public int year(int period) {
    return yearly ? firstYear + period : firstYear;
  }

  public boolean isYearly() {
    return yearly;
  }

  /** "dd/mm/yyyy-dd/mm/yyyy". */
  public String label(int period) {
    return Dates.format(starts[period]) + "-" + Dates.format(ends[period]);
  }

  /** The period containing the day: -1 when before the first, {@link #count()} when after the last. */
  public int index(int day) {
    if (day < starts[0]) return -1;
    if (day > ends[ends.length - 1]) return ends.length;
    if (yearly) return CareYears.yearOf(day) - firstYear;
    int low = 0;
    int high = ends.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ends[mid] < day) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
