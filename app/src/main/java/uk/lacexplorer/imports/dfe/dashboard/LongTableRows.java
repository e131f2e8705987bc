package uk.lacexplorer.imports.dfe.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;

/**
 * The rows and cells every DfE table of the dashboard (one row per year, area and item) is read by: a cell by its column's name, the
 * reporting year, and the area of a national or local-authority row (England, or the authority by its GSS code). A
 * bad year or code is a problem naming the line, the column and the value.
 */
final class LongTableRows {
  private LongTableRows() {
  }

  /** The file's rows that are not blank; none, with the problem said, when the file holds none. */
  static List<RawTable.Row> rows(java.nio.file.Path file, Problems problems) {
    List<RawTable.Row> rows = RawTable.read(file, ',', problems).rows().stream().filter(row -> !row.isBlank()).toList();
    if (rows.isEmpty()) problems.addFile("import.file.emptyTable");
    return rows;
  }

  static String get(RawTable.Row row, Map<String, Integer> header, String column) {
    Integer index = header.get(column);
    return index == null || index >= row.size() ? "" : row.stripped(index);
  }

  /** The four-digit reporting year of {@code time_period}, within the years the dashboard importers accept. */
  static Optional<Integer> year(RawTable.Row row, Map<String, Integer> header, Problems problems) {
    String text = get(row, header, "time_period");
    if (!text.matches("\\d{4}") || Integer.parseInt(text) < DashboardImporter.FIRST_YEAR
        || Integer.parseInt(text) > DashboardImporter.LAST_YEAR) {
      problems.add(row.line(), "time_period", text, "import.year.notFromTo", DashboardImporter.FIRST_YEAR,
          DashboardImporter.LAST_YEAR);
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(text));
  }

  /** England for a national row ({@code level} "national"), else the authority of {@code new_la_code} in the year. */
  static Optional<Area> area(RawTable.Row row, Map<String, Integer> header, String level, int year,
                             ImportContext context, Problems problems) {
    if (level.equals("national")) return context.areas().match(Nation.ENGLAND.countryCode().value(), year);
    String code = get(row, header, "new_la_code");
    if (!AreaCode.isCode(code)) {
      problems.add(row.line(), "new_la_code", code, "import.area.notGss");
      return Optional.empty();
    }
    Optional<Area> area = context.areas().match(code, year);
    if (area.isEmpty()) problems.add(row.line(), "new_la_code", code, "import.area.unknownCode");
    return area;
  }
}
