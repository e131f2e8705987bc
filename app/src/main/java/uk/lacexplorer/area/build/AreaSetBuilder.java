package uk.lacexplorer.area.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;

/**
 * Every area LAC Explorer knows: the 22 Welsh authorities, England's upper-tier authorities of the 2019, 2020, 2021
 * and 2023 ONS lookups (plus Bournemouth, Poole and Dorset county, which ended before 2019 lookups and are rebuilt by
 * hand), the English regions and the two nations. Welsh names, reorganisations and aliases come from curated tables
 * in {@code /areas/} on the class path.
 *
 * <p>Valid years are years ending 31 March: an authority abolished on 1 April Y is valid to Y, its successors from
 * Y + 1. A code that changed while the area stayed the same (Gateshead, Northumberland, Buckinghamshire, North
 * Yorkshire, Somerset) is not a separate area but an alias of the current code.
 */
public final class AreaSetBuilder {
  public static final String LOOKUPS = "lookups_geographr/converted_from_rda/";
  private static final List<String> UPPER_TIER_LOOKUPS = List.of("lookup_ltla19_utla19.csv", "lookup_ltla20_utla20.csv",
      "lookup_ltla21_utla21.csv", "lookup_ltla23_utla23.csv");
  private static final List<String> REGION_LOOKUPS = List.of("lookup_ltla19_region19.csv", "lookup_ltla21_region21.csv");

  /** The areas and the name (and old code) aliases. */
  public record BuiltAreas(List<Area> areas, Map<String, AreaCode> aliases) {
  }

  private AreaSetBuilder() {
  }

  public static BuiltAreas fromRaw(Path raw) {
    Path lookups = raw.resolve(LOOKUPS);
    Map<String, AreaCode> aliases = CuratedAreas.aliases();
    Map<String, String[]> names = CuratedAreas.names();
    Map<String, Map<String, String>> changes = CuratedAreas.changes();

    Map<String, String> upperTierNames = new TreeMap<>();
    Map<String, Set<String>> districtsOf = new HashMap<>();
    for (String file : UPPER_TIER_LOOKUPS) {
      for (Map<String, String> row : CsvTable.file(lookups.resolve(file))) {
        String code = row.get(CsvTable.column(row, "utla", "_code"));
        upperTierNames.put(code, row.get(CsvTable.column(row, "utla", "_name")));
        districtsOf.computeIfAbsent(code, key -> new TreeSet<>()).add(row.get(CsvTable.column(row, "ltla", "_code")));
      }
    }
    Regions regions = Regions.read(lookups, REGION_LOOKUPS);

    List<Area> areas = new ArrayList<>();
    Map<String, AreaCode> allAliases = new LinkedHashMap<>(aliases);
    upperTierNames.forEach((code, lookupName) -> {
      if (aliases.containsKey(code)) return;
      Map<String, String> change = changes.getOrDefault(code, Map.of());
      if (code.startsWith("W")) {
        String[] curated = names.get(code);
        if (curated == null) throw new IllegalStateException("no Welsh name curated for " + code + " " + lookupName);
        if (!curated[0].equals(lookupName)) allAliases.put(lookupName, new AreaCode(code));
        areas.add(authority(code, curated[0], curated[1], Nation.WALES, change, Nation.WALES.countryCode()));
      } else {
        areas.add(authority(code, lookupName, null, Nation.ENGLAND, change, regions.regionOf(code, districtsOf.get(code))));
      }
    });
    changes.forEach((code, change) -> {
      if (!upperTierNames.containsKey(code)) {
        areas.add(authority(code, change.get("name_en"), null, Nation.ENGLAND, change, new AreaCode(change.get("parent"))));
      }
    });
    regions.names().forEach((code, name) -> areas.add(new Area(new AreaCode(code), name, welsh(names, code), Nation.ENGLAND,
        AreaType.REGION, null, null, List.of(), Nation.ENGLAND.countryCode())));
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      String code = nation.countryCode().value();
      areas.add(new Area(nation.countryCode(), names.get(code)[0], names.get(code)[1], nation, AreaType.NATION,
          null, null, List.of(), null));
    }
    return new BuiltAreas(areas, allAliases);
  }

  private static String welsh(Map<String, String[]> names, String code) {
    String[] curated = names.get(code);
    if (curated == null) throw new IllegalStateException("no Welsh name curated for region " + code);
    return curated[1];
  }

  private static Area authority(String code, String nameEn, String nameCy, Nation nation, Map<String, String> change,
                                AreaCode parent) {
    return new Area(new AreaCode(code), nameEn, nameCy, nation, AreaType.LOCAL_AUTHORITY,
        year(change.get("valid_from")), year(change.get("valid_to")), codes(change.get("successors")), parent);
  }

  private static Integer year(String text) {
    return text == null || text.isEmpty() ? null : Integer.valueOf(text);
  }

  private static List<AreaCode> codes(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(";")).map(AreaCode::new).toList();
  }
}
