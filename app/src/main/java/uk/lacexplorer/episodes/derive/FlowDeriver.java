package uk.lacexplorer.episodes.derive;

import static uk.lacexplorer.episodes.parse.Tables.Episode.DEC;
import static uk.lacexplorer.episodes.parse.Tables.Episode.DECOM;
import static uk.lacexplorer.episodes.parse.Tables.Episode.REC;
import static uk.lacexplorer.episodes.parse.Tables.Episode.RNE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lacexplorer.episodes.codes.CodeList;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.codes.ExitRoute;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;

/**
 * Derives one authority's {@link YearlyFlows} for every year of a window, in one pass over its episodes in child
 * order. Children are counted once per year with a "last child seen" stamp per year, so no per-child sets are built.
 * Not thread-safe (one instance per authority).
 */
public final class FlowDeriver {
  private static final CodeList RNE_CODES = CodeLists.standard().reasonNewEpisode;
  private static final byte S = RNE_CODES.index("S");
  private static final boolean[] PLACEMENT_CHANGE = RNE_CODES.set("P", "T", "B", "U");
  private static final boolean[] NEW_PLACEMENT = RNE_CODES.set("S", "P", "T", "B", "U");
  private static final byte X1 = CodeLists.standard().reasonCeased.index("X1");

  private final TableData episodes;
  private final EpisodeOrder order;
  private final CollectionWindow window;
  private final int years;
  private final int[][] counts;
  private final int[][] stamps;
  private final int[] lastCeasedRow;
  private final int[] lastCeasedDay;
  private final int[] placementsInYear;

  public FlowDeriver(TableData episodes, EpisodeOrder order, CollectionWindow window) {
    this.episodes = episodes;
    this.order = order;
    this.window = window;
    this.years = window.years();
    this.counts = new int[Flow.values().length][years];
    this.stamps = new int[Flow.values().length][years];
    for (int[] stamp : stamps) Arrays.fill(stamp, -1);
    this.lastCeasedRow = new int[years];
    this.lastCeasedDay = new int[years];
    this.placementsInYear = new int[years];
  }

  public List<YearlyFlows> derive(String laCode) {
    for (int c = 0; c < order.children(); c++) child(c);
    countPeriods(PeriodsOfCare.of(episodes, order));
    List<YearlyFlows> rows = new ArrayList<>();
    for (int y = 0; y < years; y++) {
      int[] values = new int[Flow.values().length];
      for (Flow flow : Flow.values()) values[flow.ordinal()] = counts[flow.ordinal()][y];
      rows.add(new YearlyFlows(laCode, window.firstYear() + y, values));
    }
    return rows;
  }

  private void child(int c) {
    Arrays.fill(lastCeasedRow, -1);
    Arrays.fill(placementsInYear, 0);
    for (int position = order.begin(c); position < order.end(c); position++) {
      int row = order.row(position);
      if (!UsableEpisodes.isUsable(episodes, row)) continue;
      int decom = episodes.date(DECOM, row);
      int dec = episodes.date(DEC, row);
      int startYear = CareYears.yearOf(decom);
      int lastOpenYear = dec == Dates.BLANK ? window.lastYear() : CareYears.yearOf(dec) - 1;
      for (int year = Math.max(startYear, window.firstYear()); year <= Math.min(lastOpenYear, window.lastYear()); year++) {
        countOnce(Flow.LOOKED_AFTER_31_MARCH, year, c);
      }
      int lastDuringYear = dec == Dates.BLANK ? window.lastYear() : CareYears.yearOf(dec);
      byte rne = episodes.code(RNE, row);
      for (int year = Math.max(startYear, window.firstYear()); year <= Math.min(lastDuringYear, window.lastYear()); year++) {
        countOnce(Flow.LOOKED_AFTER_DURING_YEAR, year, c);
        boolean startsPlacement = year == startYear ? rne > 0 && NEW_PLACEMENT[rne] : placementsInYear[index(year)] == 0;
        if (startsPlacement || placementsInYear[index(year)] == 0) placementsInYear[index(year)]++;
      }
      if (inWindow(startYear)) {
        counts[Flow.EPISODES_STARTED.ordinal()][index(startYear)]++;
        if (rne == S) countOnce(Flow.STARTED, startYear, c);
        if (rne > 0 && PLACEMENT_CHANGE[rne]) counts[Flow.PLACEMENT_MOVES.ordinal()][index(startYear)]++;
      }
      byte rec = episodes.code(REC, row);
      if (dec != Dates.BLANK && rec > 0 && rec != X1) {
        int endYear = CareYears.yearOf(dec);
        if (inWindow(endYear)) {
          int y = index(endYear);
          if (lastCeasedRow[y] < 0 || dec >= lastCeasedDay[y]) {
            lastCeasedRow[y] = row;
            lastCeasedDay[y] = dec;
          }
        }
      }
    }
    for (int y = 0; y < years; y++) {
      if (lastCeasedRow[y] >= 0) {
        counts[Flow.CEASED.ordinal()][y]++;
        counts[routeFlow(episodes.code(REC, lastCeasedRow[y])).ordinal()][y]++;
      }
      if (placementsInYear[y] >= 3 && stamps[Flow.LOOKED_AFTER_31_MARCH.ordinal()][y] == c) {
        counts[Flow.LOOKED_AFTER_WITH_3_PLUS_PLACEMENTS.ordinal()][y]++;
      }
    }
  }

  private static Flow routeFlow(byte rec) {
    ExitRoute route = ExitRoute.ofReason(rec);
    return switch (route) {
      case RETURNED_HOME -> Flow.CEASED_RETURNED_HOME;
      case ADOPTED -> Flow.CEASED_ADOPTED;
      case SPECIAL_GUARDIANSHIP -> Flow.CEASED_SPECIAL_GUARDIANSHIP;
      case CHILD_ARRANGEMENTS_ORDER -> Flow.CEASED_CHILD_ARRANGEMENTS_ORDER;
      case INDEPENDENT_LIVING -> Flow.CEASED_INDEPENDENT_LIVING;
      case AGE_18 -> Flow.CEASED_AGE_18;
      case OTHER -> Flow.CEASED_OTHER;
    };
  }

  private void countPeriods(PeriodsOfCare periods) {
    int previousChild = -1;
    int previousEnd = Dates.BLANK;
    for (int p = 0; p < periods.size(); p++) {
      int startYear = CareYears.yearOf(periods.start(p));
      if (inWindow(startYear)) {
        counts[Flow.PERIODS_STARTED.ordinal()][index(startYear)]++;
        if (periods.child(p) == previousChild && Dates.isDate(previousEnd) && periods.start(p) - previousEnd <= 365) {
          counts[Flow.REENTRIES_WITHIN_12_MONTHS.ordinal()][index(startYear)]++;
        }
      }
      if (Dates.isDate(periods.end(p)) && inWindow(CareYears.yearOf(periods.end(p)))) {
        counts[Flow.PERIODS_CEASED.ordinal()][index(CareYears.yearOf(periods.end(p)))]++;
      }
      previousChild = periods.child(p);
      previousEnd = periods.end(p);
    }
  }

  private void countOnce(Flow flow, int year, int child) {
    int y = index(year);
    if (stamps[flow.ordinal()][y] != child) {
      stamps[flow.ordinal()][y] = child;
      counts[flow.ordinal()][y]++;
    }
  }

  private boolean inWindow(int year) {
    return year >= window.firstYear() && year <= window.lastYear();
  }

  private int index(int year) {
    return year - window.firstYear();
  }
}
