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
 * Derives one authority's {@link YearlyFlows} for every period (each year ending 31 March of a window, or one date
 * range), in one pass over its episodes in child order. Children are counted once per period with a "last child
 * seen" stamp per period, so no per-child sets are built. Not thread-safe (one instance per authority).
 */
public final class FlowDeriver {
  private static final CodeList RNE_CODES = CodeLists.standard().reasonNewEpisode;
  private static final byte S = RNE_CODES.index("S");
  private static final boolean[] PLACEMENT_CHANGE = RNE_CODES.set("P", "T", "B", "U");
  private static final boolean[] NEW_PLACEMENT = RNE_CODES.set("S", "P", "T", "B", "U");
  private static final byte X1 = CodeLists.standard().reasonCeased.index("X1");

  private final TableData episodes;
  private final EpisodeOrder order;
  private final ReportingPeriods periods;
  private final int years;
  private final int[][] counts;
  private final int[][] stamps;
  private final int[] lastCeasedRow;
  private final int[] lastCeasedDay;
  private final int[] placementsInYear;

  public FlowDeriver(TableData episodes, EpisodeOrder order, CollectionWindow window) {
    this(episodes, order, ReportingPeriods.years(window));
  }

  public FlowDeriver(TableData episodes, EpisodeOrder order, ReportingPeriods periods) {
    this.episodes = episodes;
    this.order = order;
    this.periods = periods;
    this.years = periods.count();
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
      rows.add(new YearlyFlows(laCode, periods.year(y), values));
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
      int start = periods.index(decom);
      // Looked after at the end of period y: DECOM <= end(y) < DEC, so from the start period to the one before DEC's.
      int lastOpen = dec == Dates.BLANK ? years - 1 : periods.index(dec) - 1;
      for (int y = Math.max(start, 0); y <= Math.min(lastOpen, years - 1); y++) {
        countOnce(Flow.LOOKED_AFTER_31_MARCH, y, c);
      }
      int lastDuring = dec == Dates.BLANK ? years - 1 : periods.index(dec);
      byte rne = episodes.code(RNE, row);
      for (int y = Math.max(start, 0); y <= Math.min(lastDuring, years - 1); y++) {
        countOnce(Flow.LOOKED_AFTER_DURING_YEAR, y, c);
        boolean startsPlacement = y == start ? rne > 0 && NEW_PLACEMENT[rne] : placementsInYear[y] == 0;
        if (startsPlacement || placementsInYear[y] == 0) placementsInYear[y]++;
      }
      if (inWindow(start)) {
        counts[Flow.EPISODES_STARTED.ordinal()][start]++;
        if (rne == S) countOnce(Flow.STARTED, start, c);
        if (rne > 0 && PLACEMENT_CHANGE[rne]) counts[Flow.PLACEMENT_MOVES.ordinal()][start]++;
      }
      byte rec = episodes.code(REC, row);
      if (dec != Dates.BLANK && rec > 0 && rec != X1) {
        int y = periods.index(dec);
        if (inWindow(y) && (lastCeasedRow[y] < 0 || dec >= lastCeasedDay[y])) {
          lastCeasedRow[y] = row;
          lastCeasedDay[y] = dec;
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

  private void countPeriods(PeriodsOfCare care) {
    int previousChild = -1;
    int previousEnd = Dates.BLANK;
    for (int p = 0; p < care.size(); p++) {
      int start = periods.index(care.start(p));
      if (inWindow(start)) {
        counts[Flow.PERIODS_STARTED.ordinal()][start]++;
        if (care.child(p) == previousChild && Dates.isDate(previousEnd) && care.start(p) - previousEnd <= 365) {
          counts[Flow.REENTRIES_WITHIN_12_MONTHS.ordinal()][start]++;
        }
      }
      if (Dates.isDate(care.end(p)) && inWindow(periods.index(care.end(p)))) {
        counts[Flow.PERIODS_CEASED.ordinal()][periods.index(care.end(p))]++;
      }
      previousChild = care.child(p);
      previousEnd = care.end(p);
    }
  }

  private void countOnce(Flow flow, int y, int child) {
    if (stamps[flow.ordinal()][y] != child) {
      stamps[flow.ordinal()][y] = child;
      counts[flow.ordinal()][y]++;
    }
  }

  private boolean inWindow(int period) {
    return period >= 0 && period < years;
  }
}
