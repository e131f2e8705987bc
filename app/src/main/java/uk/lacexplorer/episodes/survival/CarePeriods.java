package uk.lacexplorer.episodes.survival;

import java.util.Arrays;
import uk.lacexplorer.episodes.codes.ExitRoute;
import uk.lacexplorer.episodes.derive.CareYears;
import uk.lacexplorer.episodes.derive.CollectionWindow;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.derive.PeriodsOfCare;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.Extract;
import uk.lacexplorer.episodes.parse.Tables.Header;

/**
 * One authority's periods of care that began inside the collection window, as survival data: days from entry to
 * leaving care (or to censoring), the exit route ({@code -1} when censored), the entry year (cohort) and the child's
 * age at entry in whole years ({@code -1} when unknown). A period still open is censored at the end of the window
 * (31 March of its last year); one that ended without a known exit (REC X1 or blank) is censored at its end date.
 * Periods that began before the window are left out (their earlier history is not in the extract) and counted.
 * Immutable.
 */
public final class CarePeriods {
  private final String laCode;
  private final int[] days;
  private final byte[] route;
  private final short[] entryYear;
  private final byte[] ageAtEntry;
  private final int startedBeforeWindow;

  private CarePeriods(String laCode, int[] days, byte[] route, short[] entryYear, byte[] ageAtEntry,
                      int startedBeforeWindow) {
    this.laCode = laCode;
    this.days = days;
    this.route = route;
    this.entryYear = entryYear;
    this.ageAtEntry = ageAtEntry;
    this.startedBeforeWindow = startedBeforeWindow;
  }

  public static CarePeriods of(Extract extract, EpisodeOrder order, CollectionWindow window) {
    PeriodsOfCare periods = PeriodsOfCare.of(extract.episodes(), order);
    int[] birth = datesOfBirth(extract);
    int windowStart = CareYears.march31(window.firstYear() - 1) + 1;
    int windowEnd = CareYears.march31(window.lastYear());
    int n = periods.size();
    int[] days = new int[n];
    byte[] route = new byte[n];
    short[] entryYear = new short[n];
    byte[] age = new byte[n];
    int kept = 0;
    int before = 0;
    for (int p = 0; p < n; p++) {
      int start = periods.start(p);
      if (start < windowStart) {
        before++;
        continue;
      }
      if (start > windowEnd) continue;
      int end = periods.end(p);
      ExitRoute exit = ExitRoute.ofReason(periods.reason(p));
      boolean exited = exit != null && Dates.isDate(end) && end <= windowEnd;
      int stop = exited ? end : Dates.isDate(end) && end < windowEnd ? end : windowEnd;
      days[kept] = stop - start;
      route[kept] = (byte) (exited ? exit.ordinal() : -1);
      entryYear[kept] = (short) CareYears.yearOf(start);
      int dob = birth[periods.child(p)];
      age[kept] = (byte) (Dates.isDate(dob) && dob <= start ? ageInYears(dob, start) : -1);
      kept++;
    }
    return new CarePeriods(extract.laCode(), Arrays.copyOf(days, kept), Arrays.copyOf(route, kept),
        Arrays.copyOf(entryYear, kept), Arrays.copyOf(age, kept), before);
  }

  private static int[] datesOfBirth(Extract extract) {
    int[] birth = new int[extract.children().size()];
    Arrays.fill(birth, Dates.BLANK);
    var header = extract.header();
    for (int row = header.size() - 1; row >= 0; row--) {
      if (header.child(row) >= 0) birth[header.child(row)] = header.date(Header.DOB, row);
    }
    return birth;
  }

  static int ageInYears(int birth, int day) {
    int years = Math.max(0, (day - birth) / 366);
    while (Dates.plusYears(birth, years + 1) <= day) years++;
    return Math.min(years, 127);
  }

  public String laCode() {
    return laCode;
  }

  public int size() {
    return days.length;
  }

  public int days(int period) {
    return days[period];
  }

  /** The exit route's ordinal, or -1 when censored. */
  public int route(int period) {
    return route[period];
  }

  public int entryYear(int period) {
    return entryYear[period];
  }

  /** Age at entry in whole years, or -1 when the date of birth is unknown. */
  public int ageAtEntry(int period) {
    return ageAtEntry[period];
  }

  public int startedBeforeWindow() {
    return startedBeforeWindow;
  }
}
