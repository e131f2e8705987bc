package uk.lacexplorer.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader can work out about withheld counts from a table of parts and their total: every part lies between
 * its {@link Cell#lower()} and {@link Cell#upper()}, and the parts add up to the total (itself exact, rounded or
 * withheld). For one such sum the feasible values of each part form an interval, computed exactly here; a withheld
 * count whose interval is a single value has been disclosed.
 */
public final class Recovery {
  private Recovery() {
  }

  /** The interval [lower, upper] of one part that is consistent with everything published. */
  public record Interval(long lower, long upper) {
    public boolean single() {
      return lower == upper;
    }
  }

  /** The feasible interval of each part (in order), given the total. */
  public static List<Interval> intervals(List<Cell> parts, Cell total) {
    List<Interval> intervals = new ArrayList<>(parts.size());
    if (total.withheld()) {
      for (Cell part : parts) intervals.add(new Interval(part.lower(), part.upper()));
      return intervals;
    }
    long lowSum = 0;
    long highSum = 0;
    int unbounded = 0;
    for (Cell part : parts) {
      lowSum += part.lower();
      if (part.upper() == Long.MAX_VALUE) unbounded++;
      else highSum += part.upper();
    }
    for (Cell part : parts) {
      boolean open = part.upper() == Long.MAX_VALUE;
      long othersLow = lowSum - part.lower();
      boolean othersOpen = unbounded - (open ? 1 : 0) > 0;
      long othersHigh = highSum - (open ? 0 : part.upper());
      long lower = othersOpen ? part.lower() : Math.max(part.lower(), total.lower() - othersHigh);
      long upper = Math.min(part.upper(), total.upper() - othersLow);
      intervals.add(new Interval(lower, upper));
    }
    return intervals;
  }

  /** Indexes of the withheld parts whose value the published figures pin down. */
  public static List<Integer> disclosed(List<Cell> parts, Cell total) {
    List<Interval> intervals = intervals(parts, total);
    List<Integer> disclosed = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).withheld() && intervals.get(i).single()) disclosed.add(i);
    }
    return disclosed;
  }
}
