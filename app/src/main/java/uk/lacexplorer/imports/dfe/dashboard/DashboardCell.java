package uk.lacexplorer.imports.dfe.dashboard;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.observation.Flag;

/**
 * Reads a cell of a DfE dashboard file. Numbers must fit the column's kind; the Explore Education Statistics markers
 * ({@code c}, {@code low}, {@code k}, {@code u}, {@code x}, {@code z}) become flagged missing values, never numbers.
 * The dashboard's own negative codes for them (−100 for c and k, −200 for low, −250 for u, −300 for x, −400 for z)
 * are read the same way, so a converted table gives the same observations as the file it came from.
 */
final class DashboardCell {
  private DashboardCell() {
  }

  /** The parsed cell, or empty when the text is not a value of this kind nor a marker. */
  static Optional<Markers.Cell> parse(String raw, DashboardColumn.Kind kind) {
    String text = raw == null ? "" : raw.strip();
    Optional<Flag> marker = marker(text);
    if (marker.isPresent()) return Optional.of(new Markers.Cell(null, EnumSet.of(marker.get())));
    Optional<Markers.Cell> cell = Markers.parse(text);
    if (cell.isEmpty() || cell.get().isMissing() || text.isEmpty()) return Optional.empty();
    double value = cell.get().value();
    if (value < 0) return Optional.empty();
    if (kind == DashboardColumn.Kind.COUNT && value != Math.rint(value)) return Optional.empty();
    if (kind == DashboardColumn.Kind.PERCENT && value > 100) return Optional.empty();
    return cell;
  }

  /** The message key of a problem saying what the text of a column should be. */
  static String expected(DashboardColumn.Kind kind) {
    return switch (kind) {
      case COUNT -> "import.dashboard.notCount";
      case PERCENT -> "import.dashboard.notPercent";
      case AMOUNT -> "import.dashboard.notAmount";
    };
  }

  private static Optional<Flag> marker(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "c", "k", "-100" -> Optional.of(Flag.SUPPRESSED);
      case "low", "-200" -> Optional.of(Flag.LOW);
      // u: "low reliability"; the files give no figure with it, so there is nothing to keep but the marker.
      case "u", "x", "-250", "-300" -> Optional.of(Flag.NOT_AVAILABLE);
      case "z", "-400" -> Optional.of(Flag.NOT_APPLICABLE);
      default -> Optional.empty();
    };
  }
}
