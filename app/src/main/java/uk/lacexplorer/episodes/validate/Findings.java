package uk.lacexplorer.episodes.validate;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.episodes.parse.TableData;

/** Collects the findings of one authority while rules run. Not thread-safe (one per authority). */
final class Findings {
  private final String laCode;
  private final List<Finding> list = new ArrayList<>();
  private Rule current;

  Findings(String laCode) {
    this.laCode = laCode;
  }

  void start(Rule rule) {
    current = rule;
  }

  /** A failure at a row: the value reported is the cell of {@code column} as written. */
  void add(ValidationContext context, TableData table, int row, int column) {
    String field = table.spec().columns().get(column).name();
    list.add(new Finding(laCode, current, table.spec().id(), table.line(row), context.childId(table.child(row)), field,
        table.cell(column, row)));
  }

  /** A failure about a child as a whole (e.g. no episodes). */
  void addChild(String table, int line, String child, String field, String value) {
    list.add(new Finding(laCode, current, table, line, child, field, value));
  }

  List<Finding> list() {
    return list;
  }
}
