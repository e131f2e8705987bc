package uk.lacexplorer.area.build;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lacexplorer.area.AreaCode;

/**
 * English regions (E12) and the region of each district, from the ONS district-to-region lookups; districts that
 * appeared after the last region lookup (the 2023 unitaries) take the region of their predecessors in
 * {@code lookup_ltla_ltla.csv}.
 */
final class Regions {
  private final Map<String, String> names = new TreeMap<>();
  private final Map<String, String> regionOfDistrict = new HashMap<>();
  private final Map<String, Set<String>> predecessors = new HashMap<>();

  static Regions read(Path lookups, List<String> files) {
    Regions regions = new Regions();
    for (String file : files) {
      for (Map<String, String> row : CsvTable.file(lookups.resolve(file))) {
        String region = row.get(CsvTable.column(row, "region", "_code"));
        regions.names.put(region, row.get(CsvTable.column(row, "region", "_name")));
        regions.regionOfDistrict.put(row.get(CsvTable.column(row, "ltla", "_code")), region);
      }
    }
    for (Map<String, String> row : CsvTable.file(lookups.resolve("lookup_ltla_ltla.csv"))) {
      String latest = row.get("ltla24_code");
      for (String column : row.keySet()) {
        if (column.endsWith("_code")) regions.predecessors.computeIfAbsent(latest, key -> new TreeSet<>()).add(row.get(column));
      }
    }
    return regions;
  }

  Map<String, String> names() {
    return names;
  }

  /** The one region the authority's districts (or their predecessors) lie in. */
  AreaCode regionOf(String authority, Set<String> districts) {
    Set<String> found = new TreeSet<>();
    for (String district : districts) {
      String region = regionOfDistrict.get(district);
      if (region == null) {
        for (String predecessor : predecessors.getOrDefault(district, Set.of())) {
          if (regionOfDistrict.containsKey(predecessor)) found.add(regionOfDistrict.get(predecessor));
        }
      } else {
        found.add(region);
      }
    }
    if (found.size() != 1) throw new IllegalStateException("authority " + authority + " lies in regions " + found);
    return new AreaCode(found.iterator().next());
  }
}
