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
  private CellSums() {
  }

  static Markers.Cell sum(List<Markers.Cell> cells) {
    if (cells.size() == 1) return cells.get(0);
    // A part that does not apply (z: e.g. a category not yet collected that year) adds nothing; all such, none apply.
    List<Markers.Cell> applicable = cells.stream().filter(cell -> !notApplicable(cell)).toList();
    if (applicable.isEmpty()) return new Markers.Cell(null, EnumSet.of(Flag.NOT_APPLICABLE));
    EnumSet<Flag> flags = EnumSet.noneOf(Flag.class);
    boolean missing = false;
    double total = 0;
    for (Markers.Cell cell : applicable) {
      flags.addAll(cell.flags());
      if (cell.isMissing()) {
        missing = true;
      } else {
        total += cell.value();
      }
    }
    if (missing) {
      // Suppressed when any part was withheld; otherwise the sum is simply not known (e.g. a part given as "low").
      return new Markers.Cell(null, EnumSet.of(flags.contains(Flag.SUPPRESSED) ? Flag.SUPPRESSED : Flag.NOT_AVAILABLE));
    }
    return new Markers.Cell(total, flags);
  }

  private static boolean notApplicable(Markers.Cell cell) {
    return cell.isMissing() && cell.flags().equals(EnumSet.of(Flag.NOT_APPLICABLE));
  }

  /** {@code total - sum(parts)}; missing when any is, not available when DfE's rounding makes it negative. */
  static Markers.Cell remainder(Markers.Cell total, List<Markers.Cell> parts) {
    if (total.isMissing()) return total;
    List<Markers.Cell> applicable = parts.stream().filter(part -> !notApplicable(part)).toList();
    Markers.Cell subtracted = applicable.isEmpty() ? new Markers.Cell(0.0, EnumSet.noneOf(Flag.class)) : sum(applicable);
    Markers.Cell both = sum(List.of(total, subtracted));
    if (both.isMissing()) return both;
    double rest = total.value() - subtracted.value();
    if (rest < 0) return new Markers.Cell(null, EnumSet.of(Flag.NOT_AVAILABLE));
    return new Markers.Cell(rest, both.flags());
  }
}
