package uk.lacexplorer.imports.dfe.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.read.FileBytes;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Children looked after at 31 March by placement type, by authority, 2021 onwards: the dashboard's table
 * {@code placement_data} (from DfE's {@code la_cla_on_31_march_by_characteristics}), one row per year, area, group and
 * characteristic. The rows of the group {@code Placement} become the measure {@code children_looked_after} with the
 * breakdown {@code placement=TYPE} ({@link #TYPES}), and the table's own total {@code placement=total}, so that the
 * share of a type and the children in suppressed types together ({@code total} less the published types) come from
 * one release. National rows become England; regional and statistical-neighbour rows, and other groups, are left
 * out. Markers stay flagged missing values. All or nothing, as every importer.
 */
public final class PlacementTypesImporter implements Importer {
  /** The eight top-level placement types as DfE names them, and their breakdown values. */
  public static final Map<String, String> TYPES = types();
  private static final String[] COLUMNS = {"time_period", "geographic_level", "new_la_code", "cla_group",
      "characteristic", "number"};
  private static final String URL = "https://explore-education-statistics.service.gov.uk/find-statistics/children-looked-after-in-england-including-adoptions";

  private static Map<String, String> types() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("Foster placements", "foster");
    types.put("Placed for adoption", "placed_for_adoption");
    types.put("Placed with parents or other person with parental responsibility", "placed_with_parents");
    types.put("Independent and semi-independent living arrangements/supported accommodation", "independent_living");
    types.put("Secure homes and children's homes", "secure_and_childrens_homes");
    types.put("Other residential settings", "other_residential");
    types.put("Residential schools", "residential_schools");
    types.put("Other placements", "other_placements");
    types.put("Total", "total");
    return java.util.Collections.unmodifiableMap(types);
  }

  @Override
  public String kind() {
    return "dfe-placement-types";
  }

  @Override
  public String description() {
    return "DfE dashboard placement_data.csv: children looked after at 31 March by placement type, by authority (2021 on)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    byte[] bytes = FileBytes.read(file);
    List<RawTable.Row> rows = LongTableRows.rows(file, problems);
    if (rows.isEmpty()) return problems.result(null, List.of());
    Map<String, Integer> header = DashboardImporter.header(rows.get(0));
    for (String column : COLUMNS) {
      if (!header.containsKey(column)) {
        problems.add(1, column, "", "import.column.missingFromHeader", String.join(", ", COLUMNS));
      }
    }
    if (!problems.isEmpty()) return problems.result(null, List.of());
    List<Observation> pending = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (RawTable.Row row : rows.subList(1, rows.size())) {
      if (!get(row, header, "cla_group").equals("Placement")) continue;
      String level = get(row, header, "geographic_level").toLowerCase(Locale.ROOT);
      if (!level.equals("local authority") && !level.equals("national")) continue;
      String characteristic = get(row, header, "characteristic");
      String type = TYPES.get(characteristic);
      if (type == null) {
        problems.add(row.line(), "characteristic", characteristic, "import.placement.notType",
            String.join("; ", TYPES.keySet()));
        continue;
      }
      Optional<Integer> read = LongTableRows.year(row, header, problems);
      if (read.isEmpty()) continue;
      int year = read.get();
      Optional<Area> area = LongTableRows.area(row, header, level, year, context, problems);
      if (area.isEmpty()) continue;
      String text = get(row, header, "number");
      Optional<Markers.Cell> cell = DashboardCell.parse(text, DashboardColumn.Kind.COUNT);
      if (cell.isEmpty()) {
        problems.add(row.line(), "number", text, DashboardCell.expected(DashboardColumn.Kind.COUNT));
        continue;
      }
      Area place = area.orElseThrow();
      String key = place.code().value() + "/" + year + "/" + type;
      Long earlier = seen.putIfAbsent(key, row.line());
      if (earlier != null) {
        problems.add(row.line(), "characteristic", characteristic,
            "import.row.secondFor", place.code() + " " + year + " " + type, earlier);
        continue;
      }
      if (cell.get().isMissing() && cell.get().flags().contains(Flag.NOT_APPLICABLE) && !place.validIn(year)) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
      EnumSet<Flag> flags = cell.get().flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(cell.get().flags());
      if (!place.isLocalAuthority() && !cell.get().isMissing()) flags.add(Flag.ROUNDED);
      pending.add(new Observation(place.code(), "children_looked_after", year, "placement=" + type, cell.get().value(),
          flags, ""));
    }
    if (!problems.isEmpty() || pending.isEmpty()) return problems.result(null, List.of());
    String id = "dfe_placement_types_" + first + "_" + last;
    List<Observation> observations = new ArrayList<>();
    for (Observation o : pending) {
      observations.add(new Observation(o.area(), o.measure(), o.period(), o.breakdown(), o.value(), o.flags(), id));
    }
    observations.addAll(uk.lacexplorer.imports.dfe.PlacementShares.of(List.copyOf(observations), "placement=total", id));
    Source source = new Source(id, "Children looked after at 31 March by placement type, " + first + " to " + last
        + " (DfE, via the CSC outcomes and enablers dashboard)", "Department for Education", Source.OGL, URL,
        file.getFileName().toString(), FileBytes.sha256(bytes));
    return problems.result(source, observations);
  }

  private static String get(RawTable.Row row, Map<String, Integer> header, String column) {
    return LongTableRows.get(row, header, column);
  }
}
