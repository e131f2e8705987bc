package uk.lacexplorer.web.overview;

import java.util.List;

/**
 * The overview's table written for people, whichever view is shown: a caption, column headings (numeric or not),
 * one row per authority in rank order with the sort key of each cell (so the page's sort buttons order by number, not
 * by text), the authority asked for marked, and the nation's row at the foot.
 */
public record OverviewTable(String caption, List<Header> headers, List<Row> rows, Row total) {

  /** A column heading (its id names the cells' {@code data-column}); {@code sortedBy} marks the column the rows arrive sorted by (ascending). */
  public record Header(String id, String label, boolean numeric, boolean sortedBy) {
  }

  /** One cell's text and the value it sorts by (a plain number, or the text itself). */
  public record Cell(String text, String sortValue) {
  }

  /** One authority (or the nation): its code, name, cells after the name, and whether it is the one asked for. */
  public record Row(String code, String name, List<Cell> cells, boolean highlighted) {
  }

  /** The row of the authority asked for, if it is in the table. */
  public Row highlighted() {
    return rows.stream().filter(Row::highlighted).findFirst().orElse(null);
  }
}
