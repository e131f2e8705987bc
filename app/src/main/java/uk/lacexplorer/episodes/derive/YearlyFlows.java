package uk.lacexplorer.episodes.derive;

import java.util.Arrays;

/** One authority's counts for one year ending 31 March, one per {@link Flow}. Immutable. */
public record YearlyFlows(String laCode, int year, int[] counts) {
  public YearlyFlows {
    if (counts.length != Flow.values().length) throw new IllegalArgumentException("one count per flow expected");
    counts = counts.clone();
  }

  public int get(Flow flow) {
    return counts[flow.ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof YearlyFlows that && laCode.equals(that.laCode) && year == that.year
        && Arrays.equals(counts, that.counts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * laCode.hashCode() + year) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(laCode + " " + year + ":");
    for (Flow flow : Flow.values()) text.append(' ').append(flow.column()).append('=').append(get(flow));
    return text.toString();
  }
}
