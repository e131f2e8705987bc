package uk.lacexplorer.imports.dfe;

import java.util.EnumSet;
import java.util.List;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.observation.Flag;

/**
 * Adds and subtracts published cells. A result is missing when any part is (suppressed parts make a suppressed
 * result), so a suppressed figure never turns into a zero or a too-small sum.
 */
final class CellSums {
  private static final EnumSet<Flag> MISSING = EnumSet.of(Flag.SUPPRESSED, Flag.NOT_APPLICABLE, Flag.NOT_AVAILABLE,
      Flag.LOW);

  private CellSums() {
  }

  static Markers.Cell sum(List<Markers.Cell> cells) {
    if (cells.size() == 1) return cells.get(0);
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    boolean missing = false;
    double total = 0;
    for (Markers.Cell cell : cells) {
      flags.addAll(cell.flags());
      if (cell.isMissing()) {
        missing = true;
      } else {
        total += cell.value();
      }
    }
    if (missing) {
      flags.retainAll(MISSING);
      // A "low" part (positive, rounds to zero) with others suppressed is still suppressed as a whole.
      if (flags.size() > 1) flags.remove(Flag.LOW);
      return new Markers.Cell(null, flags);
    }
    return new Markers.Cell(total, flags);
  }

  /** {@code total - sum(parts)}; missing when any is, not available when DfE's rounding makes it negative. */
  static Markers.Cell remainder(Markers.Cell total, List<Markers.Cell> parts) {
    Markers.Cell subtracted = sum(parts);
    Markers.Cell both = sum(List.of(total, subtracted));
    if (both.isMissing()) return both;
    double rest = total.value() - subtracted.value();
    if (rest < 0) return new Markers.Cell(null, EnumSet.of(Flag.NOT_AVAILABLE));
    return new Markers.Cell(rest, both.flags());
  }
}
