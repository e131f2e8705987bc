package uk.lacexplorer.browse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of the areas listed: codes, names in both languages, type, years in use and successors. */
public final class AreasTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("name_en"),
      Column.text("name_cy"), Column.text("nation"), Column.text("area_type"), Column.whole("valid_from"),
      Column.whole("valid_to"), Column.text("successors"));

  private AreasTable() {
  }

  public static Output output(AreaRegistry registry, AreasRequest request) {
    List<List<Object>> rows = new ArrayList<>();
    for (Area area : registry.all()) {
      if (request.nation() != null && area.nation() != request.nation()) continue;
      if (!request.allTypes() && area.type() != AreaType.LOCAL_AUTHORITY) continue;
      rows.add(Output.row(area.code().value(), area.nameEn(), area.nameCy(), area.nation().id(),
          area.type().name().toLowerCase(Locale.ROOT), area.validFrom(), area.validTo(),
          String.join(";", area.successors().stream().map(AreaCode::value).toList())));
    }
    return Output.of(COLUMNS, rows, List.of(rows.size() + " areas."));
  }
}
