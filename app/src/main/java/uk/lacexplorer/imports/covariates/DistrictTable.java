package uk.lacexplorer.imports.covariates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable.Row;

/**
 * A long table by district and year with named columns (the converted_from_rda files: {@code ltla21_code},
 * {@code year} as "2015.0", values). Checks the header and gives typed access to rows.
 */
final class DistrictTable {
  private final Map<String, Integer> index = new HashMap<>();
  private final Row header;

  private DistrictTable(Row header) {
    this.header = header;
    for (int i = 0; i < header.size(); i++) index.put(header.stripped(i), i);
  }

  static Optional<DistrictTable> of(List<Row> rows, List<String> required, Problems problems) {
    if (rows.isEmpty()) {
      problems.addFile("import.file.empty");
      return Optional.empty();
    }
    DistrictTable table = new DistrictTable(rows.get(0));
    boolean ok = true;
    for (String column : required) {
      if (!table.index.containsKey(column)) {
        problems.add(1, column, "", "import.column.missing", String.join(", ", required));
        ok = false;
      }
    }
    return ok ? Optional.of(table) : Optional.empty();
  }

  boolean fits(Row row, Problems problems) {
    if (row.size() == header.size()) return true;
    problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1),
        "import.row.fields", header.size(), row.size());
    return false;
  }

  String text(Row row, String column) {
    return row.stripped(index.get(column));
  }

  Optional<Double> number(Row row, String column, Problems problems) {
    return Cells.number(row.field(index.get(column)), row.line(), column, problems);
  }

  /** The year column as a whole year ("2015.0" → 2015), or empty with a problem. */
  Optional<Integer> year(Row row, Problems problems) {
    Optional<Double> year = number(row, "year", problems);
    if (year.isPresent() && (year.get() != Math.floor(year.get()) || year.get() < 1990 || year.get() > 2100)) {
      problems.add(row.line(), "year", text(row, "year"), "import.year.notYear");
      return Optional.empty();
    }
    return year.map(Double::intValue);
  }
}
