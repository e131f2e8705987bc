package uk.lacexplorer.web.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.cli.Report;

/** Areas as {@code ./lacx areas --format json|csv} prints them: the same columns and filters. */
final class AreasTable {
  static final List<String> COLUMNS = List.of("area_code", "name_en", "name_cy", "nation", "area_type", "valid_from",
      "valid_to", "successors");

  private AreasTable() {
  }

  static Report report(Iterable<Area> areas, Nation nation, boolean allTypes) {
    List<List<Object>> rows = new ArrayList<>();
    for (Area area : areas) {
      if (nation != null && area.nation() != nation) continue;
      if (!allTypes && area.type() != AreaType.LOCAL_AUTHORITY) continue;
      rows.add(Arrays.asList(area.code().value(), area.nameEn(), area.nameCy(), area.nation().id(),
          area.type().name().toLowerCase(Locale.ROOT), area.validFrom(), area.validTo(),
          String.join(";", area.successors().stream().map(AreaCode::value).toList())));
    }
    return Report.of(COLUMNS, rows, List.of());
  }
}
