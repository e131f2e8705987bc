package uk.lacexplorer.stats.agreement;

import java.util.Arrays;

/**
 * How many answers fell in each of {@code k} ordered categories, numbered 1 (lowest) to k (highest).
 * Immutable and thread-safe.
 */
public final class OrdinalCounts {
  private final long[] counts;
  private final long total;

  private OrdinalCounts(long[] counts) {
    if (counts.length < 2) throw new IllegalArgumentException("an ordinal scale needs at least 2 categories, got " + counts.length);
    long sum = 0;
    for (long count : counts) {
      if (count < 0) throw new IllegalArgumentException("negative count in " + Arrays.toString(counts));
      sum += count;
    }
    this.counts = counts.clone();
    this.total = sum;
  }

  /** Counts per category, lowest category first. */
  public static OrdinalCounts of(long... counts) {
    return new OrdinalCounts(counts);
  }

  /** Tallies answers given as levels 1..categories. */
  public static OrdinalCounts fromLevels(int categories, int... levels) {
    long[] counts = new long[categories];
    for (int level : levels) {
      if (level < 1 || level > categories) {
        throw new IllegalArgumentException("level " + level + " is outside 1.." + categories);
      }
      counts[level - 1]++;
    }
    return new OrdinalCounts(counts);
  }

  public int categories() {
    return counts.length;
  }

  public long total() {
    return total;
  }

  /** Answers in category {@code level} (1-based). */
  public long count(int level) {
    return counts[level - 1];
  }

  /** Share of answers in category {@code level} (1-based); NaN when there are no answers. */
  public double proportion(int level) {
    return total == 0 ? Double.NaN : (double) counts[level - 1] / total;
  }

  /** Share of answers in category {@code level} or below. */
  public double cumulativeProportion(int level) {
    if (total == 0) return Double.NaN;
    long sum = 0;
    for (int i = 0; i < level; i++) sum += counts[i];
    return (double) sum / total;
  }

  /** Share of answers at {@code level} or above. */
  public double shareAtOrAbove(int level) {
    return total == 0 ? Double.NaN : 1 - (level <= 1 ? 0 : cumulativeProportion(level - 1));
  }

  public double mean() {
    if (total == 0) return Double.NaN;
    double sum = 0;
    for (int i = 0; i < counts.length; i++) sum += (i + 1) * (double) counts[i];
    return sum / total;
  }

  /** The median of the answers as levels; with an even number of answers, the mean of the two middle ones. */
  public double median() {
    if (total == 0) return Double.NaN;
    if (total % 2 == 1) return levelAt((total + 1) / 2);
    return (levelAt(total / 2) + levelAt(total / 2 + 1)) / 2.0;
  }

  /** The level of the {@code rank}-th answer (1-based) in ascending order. */
  private int levelAt(long rank) {
    long seen = 0;
    for (int i = 0; i < counts.length; i++) {
      seen += counts[i];
      if (seen >= rank) return i + 1;
    }
    throw new IllegalStateException("rank " + rank + " beyond " + total);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrdinalCounts that && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "OrdinalCounts" + Arrays.toString(counts);
  }
}
