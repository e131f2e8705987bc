package uk.lacexplorer.disclosure;

/**
 * A count as a reader of an export knows it: shown exactly, shown rounded to the nearest 5, or withheld — either
 * suppressed at source (a small count: 1 to {@value Disclosure#THRESHOLD} − 1) or by secondary suppression (any
 * count from 0 up).
 *
 * @param value the published value (null when withheld)
 */
public record Cell(Long value, State state) {
  /** How a reader knows the count. */
  public enum State {
    EXACT, ROUNDED, SUPPRESSED, SECONDARY
  }

  public static Cell exact(long value) {
    return new Cell(value, State.EXACT);
  }

  public static Cell rounded(long value) {
    return new Cell(value, State.ROUNDED);
  }

  public static Cell suppressed() {
    return new Cell(null, State.SUPPRESSED);
  }

  public boolean withheld() {
    return state == State.SUPPRESSED || state == State.SECONDARY;
  }

  /** The smallest value a reader can believe: rounding to 5 hides ±2; a suppressed count is at least 1. */
  public long lower() {
    return switch (state) {
      case EXACT -> value;
      case ROUNDED -> Math.max(0, value - Disclosure.ROUNDING / 2);
      case SUPPRESSED -> 1;
      case SECONDARY -> 0;
    };
  }

  /** The largest value a reader can believe ({@link Long#MAX_VALUE} for a count withheld by secondary suppression). */
  public long upper() {
    return switch (state) {
      case EXACT -> value;
      case ROUNDED -> value + Disclosure.ROUNDING / 2;
      case SUPPRESSED -> Disclosure.THRESHOLD - 1;
      case SECONDARY -> Long.MAX_VALUE;
    };
  }
}
