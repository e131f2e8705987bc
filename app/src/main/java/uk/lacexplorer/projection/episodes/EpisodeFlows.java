package uk.lacexplorer.projection.episodes;

import java.time.LocalDate;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.derive.UsableEpisodes;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.Extract;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables;

/**
 * What an extract's episodes say about the months before its last date: each child's state (placement type by age
 * band, {@link CareStates}) on the last day of every month of the window, and from those the children who stayed,
 * moved or left from each state by the next month end, the children who came into each state, and the state of every
 * child in care on the last day. Short breaks and unreadable episodes are left out; a child without a date of birth
 * cannot be given an age band and is left out too ({@code undated}).
 *
 * @param reference the last month end on or before the extract's latest date (a start or an end)
 * @param moves {@code [from][to]} children in state {@code from} at one month end and {@code to} at the next
 * @param exits children in a state at one month end and out of care at the next (including those turning 18)
 * @param entries children out of care at one month end and in the state at the next
 * @param stock children in each state on the reference day
 */
record EpisodeFlows(int reference, int months, long[][] moves, long[] exits, long[] entries, long[] stock, int episodes,
                    int children, int undated) {

  /** Month ends from {@code months} months before the reference to the reference. */
  static int[] monthEnds(int reference, int months) {
    LocalDate last = Dates.toLocalDate(reference);
    int[] ends = new int[months + 1];
    for (int k = 0; k <= months; k++) {
      LocalDate month = last.minusMonths(months - k);
      ends[k] = (int) month.withDayOfMonth(month.lengthOfMonth()).toEpochDay();
    }
    return ends;
  }

  /** The last month end on or before the latest valid DECOM or DEC of the episodes. */
  static int reference(TableData episodes) {
    int latest = Integer.MIN_VALUE;
    for (int row = 0; row < episodes.size(); row++) {
      for (int column : new int[] {Tables.Episode.DECOM, Tables.Episode.DEC}) {
        int day = episodes.date(column, row);
        if (Dates.isDate(day) && day > latest) latest = day;
      }
    }
    if (latest == Integer.MIN_VALUE) return latest;
    LocalDate date = Dates.toLocalDate(latest);
    LocalDate end = date.withDayOfMonth(date.lengthOfMonth());
    return (int) (end.equals(date) ? end : date.withDayOfMonth(1).minusDays(1)).toEpochDay();
  }

  /**
   * From the episodes of one extract and the dates of birth of another's header (read separately, each numbering
   * the children its own way): a child's date of birth is found by its CHILD.
   */
  static EpisodeFlows of(Extract extract, Extract births, int months) {
    TableData episodes = extract.episodes();
    TableData header = births.header();
    int children = extract.children().size();
    int[] byHeaderNumber = new int[births.children().size()];
    java.util.Arrays.fill(byHeaderNumber, Dates.BLANK);
    for (int row = 0; row < header.size(); row++) {
      int child = header.child(row);
      if (child >= 0) byHeaderNumber[child] = header.date(Tables.Header.DOB, row);
    }
    int[] dob = new int[children];
    for (int c = 0; c < children; c++) {
      int number = births.children().find(extract.children().id(c));
      dob[c] = number < 0 || number >= byHeaderNumber.length ? Dates.BLANK : byHeaderNumber[number];
    }
    int reference = reference(episodes);
    int[] ends = monthEnds(reference, months);
    // each month end as yyyymmdd, so that an age is a subtraction (no dates made per child and month)
    int[] endKeys = new int[ends.length];
    for (int k = 0; k < ends.length; k++) endKeys[k] = key(ends[k]);
    EpisodeOrder order = EpisodeOrder.of(episodes, children);
    int states = CareStates.STATES;
    long[][] moves = new long[states][states];
    long[] exits = new long[states];
    long[] entries = new long[states];
    long[] stock = new long[states];
    int[] at = new int[ends.length];
    int undated = 0;
    int counted = 0;
    for (int c = 0; c < order.children(); c++) {
      if (order.begin(c) == order.end(c)) continue;
      if (!Dates.isDate(dob[c])) {
        undated++;
        continue;
      }
      counted++;
      int born = key(dob[c]);
      java.util.Arrays.fill(at, -1);
      int k = 0;
      for (int position = order.begin(c); position < order.end(c) && k < ends.length; position++) {
        int row = order.row(position);
        if (!UsableEpisodes.isUsable(episodes, row)) continue;
        int start = episodes.date(Tables.Episode.DECOM, row);
        int end = episodes.date(Tables.Episode.DEC, row);
        if (!Dates.isDate(start)) continue;
        int type = CareStates.typeOfPlacement(episodes.code(Tables.Episode.PLACE, row));
        while (k < ends.length && ends[k] < start) k++;
        // in this episode on the month ends from its start to the day before it ends (open: to the reference)
        for (int j = k; j < ends.length && (!Dates.isDate(end) || ends[j] < end); j++) {
          int band = CareStates.bandOfAge(age(born, endKeys[j]));
          at[j] = type < 0 || band < 0 ? -1 : CareStates.state(type, band);
        }
      }
      for (int j = 0; j + 1 < ends.length; j++) {
        if (at[j] >= 0 && at[j + 1] >= 0) moves[at[j]][at[j + 1]]++;
        else if (at[j] >= 0) exits[at[j]]++;
        else if (at[j + 1] >= 0) entries[at[j + 1]]++;
      }
      if (at[ends.length - 1] >= 0) stock[at[ends.length - 1]]++;
    }
    return new EpisodeFlows(reference, months, moves, exits, entries, stock, episodes.size(), counted, undated);
  }

  /** A day as the number yyyymmdd. */
  static int key(int day) {
    LocalDate date = Dates.toLocalDate(day);
    return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
  }

  /**
   * Whole years of age on a day, both as yyyymmdd: the difference of the years, less one before the birthday (a child
   * born on 29 February is a year older on 1 March in other years).
   */
  static int age(int born, int on) {
    return (on - born) / 10_000;
  }

  /** Children in a state at a month end of the window, before the last (those whose next month end is counted). */
  long atRisk(int state) {
    long sum = exits[state];
    for (long moved : moves[state]) sum += moved;
    return sum;
  }
}
