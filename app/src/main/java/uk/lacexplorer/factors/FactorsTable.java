package uk.lacexplorer.factors;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** {@code ./lacx factors} as a table: one row per factor, the authority's value beside its nation's spread. */
public final class FactorsTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.text("measure"), Column.whole("year"), Column.decimals("value", 4, 2), Column.whole("nation_authorities"),
      Column.decimals("nation_median", 4, 2), Column.decimals("nation_min", 4, 2), Column.decimals("nation_max", 4, 2),
      Column.longText("label"), Column.longText("source"));

  private FactorsTable() {
  }

  public static Output output(FactorsResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (FactorsResult.Row row : result.rows()) {
      rows.add(Output.row(result.area().code().value(), result.area().nameEn(), row.measure().id(), row.year(),
          row.value(), row.authorities(), row.median(), row.min(), row.max(), row.measure().label(),
          row.measure().source()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(result.area().nameEn() + ": the factors the 2013 research tested beside deprivation, each in the latest "
        + "year the authority has it, beside the median and range of the "
        + (result.area().nation() == uk.lacexplorer.area.Nation.WALES ? "Welsh" : "English")
        + " authorities that year (no ranks).");
    if (!result.missing().isEmpty()) {
      notes.add("Not held for " + result.area().nameEn() + ": " + String.join(", ",
          result.missing().stream().map(each -> each.id()).toList()) + ".");
    }
    notes.add("Definitions and derivations: ./lacx measures; the 2013 tests of these factors: ./lacx report reproduce-2013.");
    return Output.of(COLUMNS, rows, notes);
  }
}
