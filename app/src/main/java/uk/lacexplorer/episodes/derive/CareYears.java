package uk.lacexplorer.episodes.derive;

import uk.lacexplorer.episodes.parse.Dates;

/**
 * Years ending 31 March as day numbers, for fast lookups: which year a day falls in, and each year's 31 March.
 * Covers 1900 to 2199. Immutable and thread-safe.
 */
public final class CareYears {
  static final int FIRST = 1900;
  private static final int LAST = 2199;
  private static final int[] MARCH_31 = new int[LAST - FIRST + 2];

  static {
    for (int year = FIRST - 1; year <= LAST; year++) MARCH_31[year - FIRST + 1] = Dates.march31(year);
  }

  private CareYears() {
  }

  /** 31 March of {@code year} as a day number. */
  public static int march31(int year) {
    return MARCH_31[year - FIRST + 1];
  }

  /** The year ending 31 March containing the day (1 April Y-1 to 31 March Y is year Y). */
  public static int yearOf(int day) {
    int low = 0;
    int high = MARCH_31.length - 1;
    if (day <= MARCH_31[0] || day > MARCH_31[high]) return Dates.yearEnding31March(day);
    // MARCH_31[i] is 31 March of year FIRST - 1 + i; find the first i with day <= MARCH_31[i].
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (MARCH_31[mid] < day) low = mid + 1;
      else high = mid;
    }
    return FIRST - 1 + low;
  }
}
