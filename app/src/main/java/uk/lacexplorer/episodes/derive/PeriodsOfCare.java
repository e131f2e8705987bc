package uk.lacexplorer.episodes.derive;

import java.util.Arrays;
import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/**
 * A child's periods of care: runs of usable episodes ({@link UsableEpisodes}) where each episode ends with REC X1 on
 * the day the next begins. A period ends with the last episode's DEC; its exit reason is that episode's REC when it is
 * not X1. A period without an end date is open. A period whose last episode ends with X1 or no reason has an end date
 * but no known exit (time-in-care analyses treat it as censored at that date). Columns in child order; immutable.
 */
public final class PeriodsOfCare {
  private static final byte X1 = CodeLists.standard().reasonCeased.index("X1");

  private int size;
  private int[] child = new int[16];
  private int[] start = new int[16];
  private int[] end = new int[16];
  private byte[] reason = new byte[16];
  private int[] firstRow = new int[16];

  private PeriodsOfCare() {
  }

  public static PeriodsOfCare of(TableData episodes, EpisodeOrder order) {
    PeriodsOfCare periods = new PeriodsOfCare();
    for (int c = 0; c < order.children(); c++) {
      int current = -1;
      int previousRow = -1;
      for (int position = order.begin(c); position < order.end(c); position++) {
        int row = order.row(position);
        if (!UsableEpisodes.isUsable(episodes, row)) continue;
        if (current < 0 || !continues(episodes, previousRow, row)) {
          current = periods.add(c, episodes.date(Episode.DECOM, row), row);
        }
        periods.end[current] = episodes.date(Episode.DEC, row);
        byte rec = episodes.code(Episode.REC, row);
        periods.reason[current] = rec > 0 && rec != X1 && Dates.isDate(periods.end[current]) ? rec : 0;
        previousRow = row;
      }
    }
    return periods;
  }

  private static boolean continues(TableData episodes, int previousRow, int row) {
    int previousEnd = episodes.date(Episode.DEC, previousRow);
    if (previousEnd == Dates.BLANK) return true; // overlapping episodes: validation reports them; keep one period
    byte rec = episodes.code(Episode.REC, previousRow);
    return (rec == X1 || rec <= 0) && previousEnd >= episodes.date(Episode.DECOM, row);
  }

  private int add(int childNumber, int startDay, int row) {
    if (size == child.length) {
      int capacity = size * 2;
      child = Arrays.copyOf(child, capacity);
      start = Arrays.copyOf(start, capacity);
      end = Arrays.copyOf(end, capacity);
      reason = Arrays.copyOf(reason, capacity);
      firstRow = Arrays.copyOf(firstRow, capacity);
    }
    child[size] = childNumber;
    start[size] = startDay;
    end[size] = Dates.BLANK;
    firstRow[size] = row;
    return size++;
  }

  public int size() {
    return size;
  }

  public int child(int period) {
    return child[period];
  }

  public int start(int period) {
    return start[period];
  }

  /** The end day, or {@link Dates#BLANK} while open. */
  public int end(int period) {
    return end[period];
  }

  /** The exit reason's index in the reason-ceased code list, or 0 when open or ended without a known exit. */
  public byte reason(int period) {
    return reason[period];
  }

  /** The episodes-table row of the period's first episode. */
  public int firstRow(int period) {
    return firstRow[period];
  }
}
