package uk.lacexplorer.imports.read;

import java.util.Optional;
import uk.lacexplorer.imports.Markers;

/** Reads number cells, reporting anything that is neither a number nor a known marker as a problem. */
public final class Cells {
  private Cells() {
  }

  public static Optional<Markers.Cell> cell(String text, long line, String column, Problems problems) {
    Optional<Markers.Cell> cell = Markers.parse(text);
    if (cell.isEmpty()) {
      problems.add(line, column, text == null ? "" : text.strip(), "import.cell.notNumberOrMarker");
    }
    return cell;
  }

  /** A number that must be present (populations, ranks): markers are problems too. */
  public static Optional<Double> number(String text, long line, String column, Problems problems) {
    Optional<Markers.Cell> cell = Markers.parse(text);
    if (cell.isEmpty() || cell.get().isMissing()) {
      problems.add(line, column, text == null ? "" : text.strip(), "import.cell.notNumber");
      return Optional.empty();
    }
    return Optional.of(cell.get().value());
  }
}
