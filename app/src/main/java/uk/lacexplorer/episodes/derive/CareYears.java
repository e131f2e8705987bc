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
  private static final int FIRST_DAY;
  /** The year of each day from 1 April {@code FIRST - 1} on, for O(1) lookups. */
  private static final short[] YEAR_OF_DAY;

  static {
    for (int year = FIRST - 1; year <= LAST; year++) MARCH_31[year - FIRST + 1] = Dates.march31(year);
    FIRST_DAY = MARCH_31[0] + 1;
    YEAR_OF_DAY = new short[MARCH_31[MARCH_31.length - 1] - FIRST_DAY + 1];
    int year = FIRST;
    for (int day = FIRST_DAY; day <= MARCH_31[MARCH_31.length - 1]; day++) {
      if (day > MARCH_31[year - FIRST + 1]) year++;
      YEAR_OF_DAY[day - FIRST_DAY] = (short) year;
    }
  }

  private CareYears() {
  }

  /** 31 March of {@code year} as a day number. */
  public static int march31(int year) {
    return MARCH_31[year - FIRST + 1];
  }

  /** The year ending 31 March containing the day (1 April Y-1 to 31 March Y is year Y). */
  public static int yearOf(int day) {
    int index = day - FIRST_DAY;
    if (index < 0 || index >= YEAR_OF_DAY.length) return Dates.yearEnding31March(day);
    return YEAR_OF_DAY[index];
  }
}
