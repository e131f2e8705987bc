package uk.lacexplorer.imports.dfe.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.Area;
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
 * A DfE table in the long layout of Explore Education Statistics (one row per year, area, group and item, with a
 * count column), of which some (group, item) pairs are measures: the placement stability, new placements and social
 * worker changes tables of children looked after, 2021 onwards. National rows become England, authority rows their
 * authority; regional rows and the pairs not named are left out. Every pair named must appear in the file (a renamed
 * item is a problem, not a silent gap). Markers stay flagged missing values. All or nothing, as every importer.
 */
public final class CountTableImporter implements Importer {
  private final CountTableSpec spec;

  public CountTableImporter(CountTableSpec spec) {
    this.spec = spec;
  }

  @Override
  public String kind() {
    return spec.kind();
  }

  @Override
  public String description() {
    return spec.description();
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    byte[] bytes = FileBytes.read(file);
    List<RawTable.Row> rows = LongTableRows.rows(file, problems);
    if (rows.isEmpty()) return problems.result(null, List.of());
    Map<String, Integer> header = DashboardImporter.header(rows.get(0));
    List<String> columns = List.of("time_period", "geographic_level", "new_la_code", spec.groupColumn(),
        spec.itemColumn(), spec.countColumn());
    if (!header.keySet().containsAll(columns)) {
      problems.add(1, "", "", "import.column.missingFromHeader", String.join(", ", columns));
      return problems.result(null, List.of());
    }
    List<Observation> pending = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    Set<CountTableSpec.Item> found = new LinkedHashSet<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    for (RawTable.Row row : rows.subList(1, rows.size())) {
      CountTableSpec.Item item = new CountTableSpec.Item(get(row, header, spec.groupColumn()), get(row, header, spec.itemColumn()));
      String measure = spec.measures().get(item);
      if (measure == null) continue;
      String level = get(row, header, "geographic_level").toLowerCase(Locale.ROOT);
      if (!level.equals("local authority") && !level.equals("national")) continue;
      found.add(item);
      Optional<Integer> read = LongTableRows.year(row, header, problems);
      if (read.isEmpty()) continue;
      int year = read.get();
      Optional<Area> area = LongTableRows.area(row, header, level, year, context, problems);
      if (area.isEmpty()) continue;
      String text = get(row, header, spec.countColumn());
      Optional<Markers.Cell> cell = DashboardCell.parse(text, DashboardColumn.Kind.COUNT);
      if (cell.isEmpty()) {
        problems.add(row.line(), spec.countColumn(), text, DashboardCell.expected(DashboardColumn.Kind.COUNT));
        continue;
      }
      Area place = area.get();
      Long earlier = seen.putIfAbsent(place.code().value() + "/" + year + "/" + measure, row.line());
      if (earlier != null) {
        problems.add(row.line(), spec.itemColumn(), item.item(), "import.row.secondFor",
            place.code() + " " + year + " " + measure, earlier);
        continue;
      }
      if (cell.get().isMissing() && cell.get().flags().contains(Flag.NOT_APPLICABLE) && !place.validIn(year)) continue;
      first = Math.min(first, year);
      last = Math.max(last, year);
      EnumSet<Flag> flags = cell.get().flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(cell.get().flags());
      if (!place.isLocalAuthority() && !cell.get().isMissing()) flags.add(Flag.ROUNDED);
      pending.add(new Observation(place.code(), measure, year, Observation.TOTAL, cell.get().value(), flags, ""));
    }
    for (CountTableSpec.Item wanted : spec.measures().keySet()) {
      if (!found.contains(wanted)) {
        problems.addFile("import.dashboard.itemMissing", wanted.group(), wanted.item(), spec.groupColumn(), spec.itemColumn());
      }
    }
    if (!problems.isEmpty() || pending.isEmpty()) return problems.result(null, List.of());
    String id = spec.sourcePrefix() + "_" + first + "_" + last;
    List<Observation> observations = new ArrayList<>();
    for (Observation o : pending) {
      observations.add(new Observation(o.area(), o.measure(), o.period(), o.breakdown(), o.value(), o.flags(), id));
    }
    Source source = new Source(id, spec.title() + ", " + first + "–" + last, "Department for Education", Source.OGL,
        CountTableSpec.URL, file.getFileName().toString(), FileBytes.sha256(bytes));
    return problems.result(source, observations);
  }

  private static String get(RawTable.Row row, Map<String, Integer> header, String column) {
    return LongTableRows.get(row, header, column);
  }
}
