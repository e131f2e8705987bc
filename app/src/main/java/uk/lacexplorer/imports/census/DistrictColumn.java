package uk.lacexplorer.imports.census;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.UpperTierLookup;

/**
 * One numeric column of a CSV table by district ({@code ltlaYY_code}) or upper-tier authority ({@code utlaYY_code}),
 * summed to authorities and nations: e.g. {@code households} of {@code households21_ltla21.csv} or
 * {@code total_population} of {@code age_gender21_ltla21_ew.csv}. Every problem goes to {@code problems}, which names
 * the table's own file.
 */
final class DistrictColumn {
  private DistrictColumn() {
  }

  record Read(DistrictSums sums, String sha256) {
  }

  static Read sum(Path file, String column, AreaRegistry areas, Optional<UpperTierLookup> lookup, int year,
                  Problems problems) {
    RawTable table = RawTable.read(file, ',', problems);
    DistrictSums sums = new DistrictSums(areas, lookup, year, problems);
    List<Row> rows = table.rows();
    if (rows.isEmpty()) {
      problems.addFile("import.file.empty");
      return new Read(sums, table.sha256());
    }
    Row header = rows.get(0);
    int codeAt = -1;
    int valueAt = -1;
    for (int i = 0; i < header.size(); i++) {
      String name = header.stripped(i).toLowerCase(Locale.ROOT);
      if (codeAt < 0 && (name.startsWith("ltla") || name.startsWith("lad") || name.startsWith("utla")) && name.endsWith("code")) {
        codeAt = i;
      }
      if (name.equals(column)) valueAt = i;
    }
    if (codeAt < 0 || valueAt < 0) {
      problems.add(1, codeAt < 0 ? "ltlaYY_code" : column, "", "import.census.columns", column);
      return new Read(sums, table.sha256());
    }
    boolean districts = !header.stripped(codeAt).toLowerCase(Locale.ROOT).startsWith("utla");
    String codeColumn = header.stripped(codeAt);
    for (Row row : rows.subList(1, rows.size())) {
      if (row.isBlank()) continue;
      String code = row.stripped(codeAt);
      Optional<Double> value = Cells.number(row.field(valueAt), row.line(), column, problems);
      if (value.isEmpty() || !DistrictSums.inScope(code)) continue;
      if (value.get() < 0) {
        problems.add(row.line(), column, row.stripped(valueAt), "import.cell.negativeCount");
        continue;
      }
      if (districts) sums.addDistrict(code, value.get(), row.line(), codeColumn);
      else sums.addAuthority(code, value.get(), row.line(), codeColumn, code);
    }
    return new Read(sums, table.sha256());
  }
}
