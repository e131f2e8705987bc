package uk.lacexplorer.imports.dfe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;

/**
 * An importer for a DfE Explore Education Statistics file in the {@code cla_group, characteristic, number,
 * percentage} shape (starters, leavers, placement stability): each area and year has one row per characteristic,
 * and a list of {@link Figure}s (named {@code cla_group::characteristic}) says which become observations. Rows
 * marked {@code z} for an authority that did not exist that year are left out. Immutable and thread-safe.
 */
final class EesCharacteristicsImporter implements Importer {
  static final String SEPARATOR = "::";

  private final String kind;
  private final String description;
  private final String sourceStem;
  private final String title;
  private final List<Figure> figures;

  EesCharacteristicsImporter(String kind, String description, String sourceStem, String title, List<Figure> figures) {
    this.kind = kind;
    this.description = description;
    this.sourceStem = sourceStem;
    this.title = title;
    this.figures = List.copyOf(figures);
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String description() {
    return description;
  }

  /** The cells of one area and year, by {@code cla_group::characteristic}, with the line each came from. */
  private record AreaYear(EesLocator.Place place, Map<String, Markers.Cell> cells, Map<String, Long> lines) {
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    List<Problem> problems = new ArrayList<>();
    DfeTable table = DfeTable.read(file, problems);
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    if (!table.require(problems, EesLocator.COLUMNS) || !table.require(problems, "cla_group", "characteristic", "number")) {
      return new ImportResult.Rejected(table.fileName(), problems);
    }
    EesLocator locator = new EesLocator(context.areas(), table.fileName());
    Map<String, AreaYear> groups = new LinkedHashMap<>();
    Set<String> names = new LinkedHashSet<>();
    int skipped = 0;
    for (DfeTable.Row row : table.rows()) {
      Optional<EesLocator.Place> place = locator.locate(row, problems);
      Optional<Markers.Cell> number = DfeCells.count(row, "number", problems);
      if (place.isEmpty() || number.isEmpty()) continue;
      if (DfeCells.notApplicable(number) && !place.get().area().validIn(place.get().year())) {
        skipped++;
        continue;
      }
      String name = row.get("cla_group") + SEPARATOR + row.get("characteristic");
      names.add(name);
      AreaYear group = groups.computeIfAbsent(place.get().area().code() + "/" + place.get().year(),
          key -> new AreaYear(place.get(), new HashMap<>(), new HashMap<>()));
      Long earlier = group.lines().putIfAbsent(name, row.line());
      if (earlier != null) {
        problems.add(Problem.at(table.fileName(), row.line(), "characteristic", row.get("characteristic"),
            "import.ees.secondCharacteristic", earlier));
        continue;
      }
      group.cells().put(name, number.get());
    }
    if (groups.isEmpty() && problems.isEmpty()) problems.add(Problem.ofFile(table.fileName(), "import.file.noDataRows"));
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    Map<Figure, List<String>> held = new LinkedHashMap<>();
    for (Figure figure : figures) figure.find(List.copyOf(names)).ifPresent(found -> held.put(figure, found));
    if (held.isEmpty()) {
      problems.add(Problem.ofFile(table.fileName(), "import.ees.noCharacteristics"));
      return new ImportResult.Rejected(table.fileName(), problems);
    }
    int firstYear = groups.values().stream().mapToInt(group -> group.place().year()).min().orElseThrow();
    int lastYear = groups.values().stream().mapToInt(group -> group.place().year()).max().orElseThrow();
    String sourceId = DfeSources.id(sourceStem, firstYear, lastYear);
    DfeObservations observations = new DfeObservations(sourceId, table.fileName());
    for (AreaYear group : groups.values()) {
      held.forEach((figure, found) -> {
        if (!group.cells().keySet().containsAll(found)) return;
        Markers.Cell cell = figure.combine(found.stream().map(group.cells()::get).toList());
        if (group.place().level().roundedByDfe()) cell = DfeCells.withFlag(cell, Flag.ROUNDED);
        observations.add(group.place().area().code(), figure.measure(), group.place().year(), figure.breakdown(), cell,
            group.lines().get(found.get(0)), "number", problems);
      });
    }
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    String fullTitle = title + ", " + firstYear + (firstYear == lastYear ? "" : " to " + lastYear);
    List<Problem> warnings = skipped == 0 ? List.of() : List.of(Problem.ofFile(table.fileName(),
        "import.warn.zRowsLeftOut", skipped));
    return new ImportResult.Loaded(DfeSources.of(sourceId, fullTitle, DfeSources.EES_URL, table), observations.all(), warnings);
  }
}
