package uk.lacexplorer.episodes.derive;

import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.parse.Tables.Episode;

/**
 * The episodes table's rows ordered by child, then start date (DECOM), then file line, with where each child's rows
 * begin: a counting sort by child number followed by an insertion sort of each child's few rows. Rows with a blank
 * child come last, as one group of their own. Immutable once built.
 */
public final class EpisodeOrder {
  private final int[] rows;
  private final int[] childStart;
  private final int childCount;

  private EpisodeOrder(int[] rows, int[] childStart, int childCount) {
    this.rows = rows;
    this.childStart = childStart;
    this.childCount = childCount;
  }

  public static EpisodeOrder of(TableData episodes, int children) {
    int size = episodes.size();
    int[] start = new int[children + 2];
    for (int row = 0; row < size; row++) start[slot(episodes.child(row), children) + 1]++;
    for (int c = 1; c < start.length; c++) start[c] += start[c - 1];
    int[] next = start.clone();
    int[] rows = new int[size];
    for (int row = 0; row < size; row++) rows[next[slot(episodes.child(row), children)]++] = row;
    for (int c = 0; c <= children; c++) sortByStart(episodes, rows, start[c], start[c + 1]);
    return new EpisodeOrder(rows, start, children);
  }

  private static int slot(int child, int children) {
    return child < 0 ? children : child;
  }

  private static void sortByStart(TableData episodes, int[] rows, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int row = rows[i];
      int decom = episodes.date(Episode.DECOM, row);
      int j = i - 1;
      while (j >= from && episodes.date(Episode.DECOM, rows[j]) > decom) {
        rows[j + 1] = rows[j];
        j--;
      }
      rows[j + 1] = row;
    }
  }

  /** Number of children (the last group, of rows without a child, is not counted). */
  public int children() {
    return childCount;
  }

  /** Position in {@link #row} where the child's rows begin; the child's rows end at {@code begin(child + 1)}. */
  public int begin(int child) {
    return childStart[child];
  }

  public int end(int child) {
    return childStart[child + 1];
  }

  /** The table row at a position of the order. */
  public int row(int position) {
    return rows[position];
  }

  public int size() {
    return rows.length;
  }
}
