package uk.lacexplorer.stats.survival;

import java.util.Arrays;

/**
 * Right-censored data with competing causes, tabulated at the distinct observed times: how many were at risk, how
 * many left by each cause and how many were censored. Subjects censored at an event time count as at risk at it
 * (the usual convention, and R's). Immutable.
 */
public final class EventTable {
  private final double[] times;
  private final int[] atRisk;
  /** events[cause][j] for causes 1..K; events[0][j] holds the censored count. */
  private final int[][] counts;
  private final int causes;

  private EventTable(double[] times, int[] atRisk, int[][] counts, int causes) {
    this.times = times;
    this.atRisk = atRisk;
    this.counts = counts;
    this.causes = causes;
  }

  /**
   * @param time time to the event or to censoring, each finite and not negative
   * @param cause 0 for censored, else the cause 1..{@code causes}
   */
  public static EventTable of(double[] time, int[] cause, int causes) {
    if (time.length != cause.length) throw new IllegalArgumentException("time and cause differ in length");
    if (causes < 1) throw new IllegalArgumentException("at least one cause");
    int n = time.length;
    for (int i = 0; i < n; i++) {
      if (!(time[i] >= 0) || Double.isInfinite(time[i])) throw new IllegalArgumentException("time " + time[i]);
      if (cause[i] < 0 || cause[i] > causes) throw new IllegalArgumentException("cause " + cause[i]);
    }
    double[] sorted = time.clone();
    Arrays.sort(sorted);
    double[] distinct = new double[n];
    int m = -1;
    for (double t : sorted) if (m < 0 || t != distinct[m]) distinct[++m] = t;
    int[][] counts = new int[causes + 1][m + 1];
    for (int i = 0; i < n; i++) counts[cause[i]][Arrays.binarySearch(distinct, 0, m + 1, time[i])]++;
    int size = m + 1;
    int[] atRisk = new int[size];
    int remaining = n;
    for (int j = 0; j < size; j++) {
      atRisk[j] = remaining;
      for (int c = 0; c <= causes; c++) remaining -= counts[c][j];
    }
    int[][] trimmed = new int[causes + 1][];
    for (int c = 0; c <= causes; c++) trimmed[c] = Arrays.copyOf(counts[c], size);
    return new EventTable(Arrays.copyOf(distinct, size), atRisk, trimmed, causes);
  }

  public int size() {
    return times.length;
  }

  public int causes() {
    return causes;
  }

  public double time(int j) {
    return times[j];
  }

  public int atRisk(int j) {
    return atRisk[j];
  }

  /** Events of one cause (1..K) at time j. */
  public int events(int cause, int j) {
    if (cause < 1 || cause > causes) throw new IllegalArgumentException("cause " + cause);
    return counts[cause][j];
  }

  /** Events of any cause at time j. */
  public int events(int j) {
    int total = 0;
    for (int c = 1; c <= causes; c++) total += counts[c][j];
    return total;
  }

  public int censored(int j) {
    return counts[0][j];
  }

  /** The index of the last time not after {@code t}, or -1 when {@code t} is before every time. */
  public int indexAtOrBefore(double t) {
    int low = 0;
    int high = times.length - 1;
    int found = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (times[mid] <= t) {
        found = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}
