package uk.lacexplorer.imports.statswales;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable.Row;

/**
 * The column layout of the StatsWales export "children looked after at 31 March by local authority, gender and
 * age": two label columns, then boys by six age bands and their total, girls likewise, then the grand total. The
 * header rows are checked against this layout so that a different table is rejected instead of misread.
 */
final class ClaLayout {
  static final int FIELDS = 17;
  static final int TOTAL = 16;
  private static final Map<String, String> AGES = Map.of("under 1 year", "0", "1 to 4 years", "1-4",
      "5 to 9 years", "5-9", "10 to 15 years", "10-15", "16 to 17 years", "16-17", "18 and over", "18+");
  private static final List<String> AGE_ORDER = List.of("0", "1-4", "5-9", "10-15", "16-17", "18+");

  /** What one value column holds: a sex ("" for both) and an age band ("" for all ages). */
  record Column(int index, String sex, String age) {
    String label() {
      return (sex.isEmpty() ? "total" : sex) + (age.isEmpty() ? "" : " " + age);
    }
  }

  private ClaLayout() {
  }

  static String label(String text) {
    return text.strip().replaceAll("\\s*\\(\\d+\\)$", "").strip();
  }

  /** True for the header row that names the age bands. */
  static boolean isAgeRow(Row row) {
    return row.fields().stream().anyMatch(field -> label(field).equalsIgnoreCase("Under 1 year"));
  }

  /** The value columns, after checking the sex row and the age row; empty (with problems) when they differ. */
  static Optional<List<Column>> columns(Row sexRow, Row ageRow, Problems problems) {
    boolean ok = expect(sexRow, 2, "Boys", problems) & expect(sexRow, 9, "Girls", problems);
    List<Column> columns = new java.util.ArrayList<>();
    for (int block = 0; block < 2; block++) {
      String sex = block == 0 ? "male" : "female";
      int first = 2 + block * 7;
      for (int offset = 0; offset < 6; offset++) {
        String age = AGES.get(label(ageRow.field(first + offset)).toLowerCase(java.util.Locale.ROOT));
        if (!AGE_ORDER.get(offset).equals(age)) {
          problems.add(ageRow.line(), Integer.toString(first + offset + 1), label(ageRow.field(first + offset)),
              "import.statswales.ageBand");
          ok = false;
        }
        columns.add(new Column(first + offset, sex, AGE_ORDER.get(offset)));
      }
      columns.add(new Column(first + 6, sex, ""));
    }
    columns.add(new Column(TOTAL, "", ""));
    return ok ? Optional.of(columns) : Optional.empty();
  }

  private static boolean expect(Row row, int index, String start, Problems problems) {
    if (label(row.field(index)).startsWith(start)) return true;
    problems.add(row.line(), Integer.toString(index + 1), label(row.field(index)),
        "import.statswales.header", start);
    return false;
  }
}
