package uk.lacexplorer.area.build;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.lacexplorer.area.AreaCode;

/** The hand-curated tables in {@code /areas/}: Welsh names, aliases and reorganisations. */
public final class CuratedAreas {
  private CuratedAreas() {
  }

  /** Area code to {English name, Welsh name} for Welsh authorities, regions and nations. */
  static Map<String, String[]> names() {
    Map<String, String[]> names = new LinkedHashMap<>();
    for (Map<String, String> row : CsvTable.resource("/areas/welsh_names.csv")) {
      names.put(row.get("area_code"), new String[] {row.get("name_en"), row.get("name_cy")});
    }
    return names;
  }

  /** Alias (a name, or an old code of the same area) to the area's code. */
  public static Map<String, AreaCode> aliases() {
    Map<String, AreaCode> aliases = new LinkedHashMap<>();
    for (Map<String, String> row : CsvTable.resource("/areas/aliases.csv")) {
      aliases.put(row.get("alias"), new AreaCode(row.get("area_code")));
    }
    return aliases;
  }

  /** Validity, successors (and, for areas no lookup holds, name and parent) by area code. */
  static Map<String, Map<String, String>> changes() {
    Map<String, Map<String, String>> changes = new LinkedHashMap<>();
    for (Map<String, String> row : CsvTable.resource("/areas/area_changes.csv")) changes.put(row.get("area_code"), row);
    return changes;
  }
}
