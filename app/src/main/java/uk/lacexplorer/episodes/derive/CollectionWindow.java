package uk.lacexplorer.episodes.derive;

import java.util.Arrays;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/**
 * The collection years an extract covers, inferred from its episodes when not given. An extract holds the children
 * looked after at some time in its collection years, so each child's last day in care falls on or after the window's
 * first day: the window starts in the year of the earliest such day (its 0.5% quantile, so that one stray record does
 * not stretch it) and ends in the year of the latest start date (an end date after it is a validation finding).
 */
public record CollectionWindow(int firstYear, int lastYear) {
  public CollectionWindow {
    if (lastYear < firstYear) throw new IllegalArgumentException("window %d-%d".formatted(firstYear, lastYear));
  }

  public int years() {
    return lastYear - firstYear + 1;
  }

  public static CollectionWindow infer(TableData episodes, EpisodeOrder order) {
    int latest = Integer.MIN_VALUE;
    for (int row = 0; row < episodes.size(); row++) {
      if (!UsableEpisodes.isUsable(episodes, row)) continue;
      latest = Math.max(latest, episodes.date(Episode.DECOM, row));
    }
    if (latest == Integer.MIN_VALUE) return null;
    int[] lastDays = new int[order.children()];
    int count = 0;
    for (int c = 0; c < order.children(); c++) {
      int last = Integer.MIN_VALUE;
      for (int position = order.begin(c); position < order.end(c); position++) {
        int row = order.row(position);
        if (!UsableEpisodes.isUsable(episodes, row)) continue;
        int dec = episodes.date(Episode.DEC, row);
        last = Math.max(last, dec == Dates.BLANK ? latest : Math.min(dec, latest));
      }
      if (last != Integer.MIN_VALUE) lastDays[count++] = last;
    }
    Arrays.sort(lastDays, 0, count);
    int earliest = lastDays[(int) Math.floor(0.005 * (count - 1))];
    return new CollectionWindow(CareYears.yearOf(earliest), CareYears.yearOf(latest));
  }
}
