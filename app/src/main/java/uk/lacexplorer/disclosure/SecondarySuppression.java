package uk.lacexplorer.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Secondary suppression in a table of parts with their total: while a reader could work out a withheld count by
 * subtraction ({@link Recovery#disclosed}), the smallest part still shown is withheld too (ties: the first); when
 * none is left, the total is withheld. Works for any table with one total (authorities and their nation, groups and
 * the whole of a self-evaluation item), whatever rounding the cells carry.
 */
public final class SecondarySuppression {
  private SecondarySuppression() {
  }

  /**
   * The protected table.
   *
   * @param parts the parts as published before protection
   * @param total their total
   * @param totalWithheld whether the total had to be withheld as well
   */
  public record Protected(List<Cell> parts, Cell total, boolean totalWithheld) {
    public Protected {
      parts = List.copyOf(parts);
    }

    /** Indexes of parts withheld by this protection (not at source). */
    public List<Integer> secondary() {
      List<Integer> indexes = new ArrayList<>();
      for (int i = 0; i < parts.size(); i++) if (parts.get(i).state() == Cell.State.SECONDARY) indexes.add(i);
      return indexes;
    }
  }

  public static Protected protect(List<Cell> parts, Cell total) {
    List<Cell> cells = new ArrayList<>(parts);
    if (cells.stream().noneMatch(Cell::withheld)) return new Protected(cells, total, false);
    while (!Recovery.disclosed(cells, total).isEmpty()) {
      Integer smallest = null;
      for (int i = 0; i < cells.size(); i++) {
        if (cells.get(i).withheld()) continue;
        if (smallest == null || cells.get(i).value() < cells.get(smallest).value()) smallest = i;
      }
      if (smallest == null) return new Protected(cells, new Cell(null, Cell.State.SECONDARY), true);
      cells.set(smallest, new Cell(null, Cell.State.SECONDARY));
    }
    return new Protected(cells, total, false);
  }
}
