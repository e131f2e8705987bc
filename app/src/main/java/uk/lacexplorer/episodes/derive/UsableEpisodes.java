package uk.lacexplorer.episodes.derive;

import uk.lacexplorer.episodes.codes.CodeLists;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/**
 * Which episodes the derivations count: those with a child id, a readable start date, an end date that is blank or
 * readable and not before the start, and a legal status other than a short break (V3/V4). The rest are left out and
 * counted, never silently dropped: validation reports each of them.
 */
public final class UsableEpisodes {
  private static final boolean[] SHORT_BREAK = CodeLists.standard().legalStatus.set("V3", "V4");

  private UsableEpisodes() {
  }

  public static boolean isShortBreak(TableData episodes, int row) {
    byte ls = episodes.code(Episode.LS, row);
    return ls > 0 && SHORT_BREAK[ls];
  }

  /** True when the row's dates or child make it unusable (short breaks are a separate, intended exclusion). */
  public static boolean isUnreadable(TableData episodes, int row) {
    int decom = episodes.date(Episode.DECOM, row);
    int dec = episodes.date(Episode.DEC, row);
    return episodes.child(row) < 0 || !Dates.isDate(decom) || dec == Dates.INVALID
        || (dec != Dates.BLANK && dec < decom);
  }

  public static boolean isUsable(TableData episodes, int row) {
    return !isUnreadable(episodes, row) && !isShortBreak(episodes, row);
  }
}
