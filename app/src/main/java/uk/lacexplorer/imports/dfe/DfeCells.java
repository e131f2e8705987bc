package uk.lacexplorer.imports.dfe;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;

/** Reads DfE cells: numbers, or the markers {@code c}, {@code z}, {@code x}, {@code low} as flagged missing values. */
final class DfeCells {
  private DfeCells() {
  }

  /**
   * A cell of the SFR files (2010–2017), where {@code x} marks a suppressed figure (1 to 5, or a figure that would
   * reveal one), not a missing one as in the EES files.
   */
  static Optional<Markers.Cell> sfrCount(DfeTable.Row row, String column, List<Problem> problems) {
    Optional<Markers.Cell> cell = count(row, column, problems);
    if (cell.isPresent() && row.get(column).equalsIgnoreCase("x")) {
      return Optional.of(new Markers.Cell(null, EnumSet.of(Flag.SUPPRESSED)));
    }
    return cell;
  }

  /** A count or population: a non-negative number or a marker; anything else is a problem (and empty). */
  static Optional<Markers.Cell> count(DfeTable.Row row, String column, List<Problem> problems) {
    String text = row.get(column);
    Optional<Markers.Cell> cell = text.isEmpty() ? Optional.empty() : Markers.parse(text);
    if (cell.isEmpty() || (cell.get().value() != null && cell.get().value() < 0)) {
      problems.add(Problem.at(row.table().fileName(), row.line(), column, text, "import.cell.notDfeCount"));
      return Optional.empty();
    }
    return cell;
  }

  /** The same cell with an extra flag when it has a value (e.g. rounded). */
  static Markers.Cell withFlag(Markers.Cell cell, Flag flag) {
    if (cell.isMissing()) return cell;
    EnumSet<Flag> flags = EnumSet.copyOf(cell.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : cell.flags());
    flags.add(flag);
    return new Markers.Cell(cell.value(), flags);
  }

  static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** True when the cell is DfE's {@code z}: the figure does not apply (e.g. the authority did not exist then). */
  static boolean notApplicable(Optional<Markers.Cell> cell) {
    return cell.isPresent() && cell.get().isMissing() && cell.get().flags().contains(Flag.NOT_APPLICABLE);
  }
}
