package uk.lacexplorer.imports.dfe;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Flag;

/**
 * An importer for one kind of DfE SFR underlying-data CSV (2010–2017): one row per area, one column per figure,
 * with column names that changed over the years. What it reads is a list of {@link Figure}s; the file must hold
 * the main one (e.g. the count at 31 March), the others are read when present. Immutable and thread-safe.
 */
final class SfrImporter implements Importer {
  private final String kind;
  private final String description;
  private final String sourceStem;
  private final String title;
  private final Pattern mainColumn;
  private final List<Figure> values;

  /**
   * @param mainColumn the column every file of this kind has, with the year as group 1 (e.g. {@code CLA_Mar(\d{4})})
   * @param values what to read; the first is the main value
   */
  SfrImporter(String kind, String description, String sourceStem, String title, String mainColumn, List<Figure> values) {
    this.kind = kind;
    this.description = description;
    this.sourceStem = sourceStem;
    this.title = title;
    this.mainColumn = Pattern.compile(mainColumn, Pattern.CASE_INSENSITIVE);
    this.values = List.copyOf(values);
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    List<Problem> problems = new ArrayList<>();
    List<Problem> warnings = new ArrayList<>();
    DfeTable table = DfeTable.read(file, problems);
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    if (!table.require(problems, "geog_l", "geog_c", "geog_n")) return new ImportResult.Rejected(table.fileName(), problems);
    Optional<String> main = table.findColumn(mainColumn);
    if (main.isEmpty()) {
      problems.add(Problem.at(table.fileName(), 1, "", "", "import.sfr.noMainColumn", mainColumn.pattern()));
      return new ImportResult.Rejected(table.fileName(), problems);
    }
    Matcher matcher = mainColumn.matcher(main.get());
    OptionalInt columnYear = matcher.matches() && matcher.groupCount() >= 1 && matcher.group(1) != null
        ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    OptionalInt year = SfrYear.of(file, context, columnYear, main.get(), problems, warnings);
    if (year.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems);
    Map<Figure, List<String>> held = new LinkedHashMap<>();
    for (Figure value : values) value.find(table.header()).ifPresent(columns -> held.put(value, columns));
    String sourceId = DfeSources.id(sourceStem, year.getAsInt(), year.getAsInt());
    DfeObservations observations = new DfeObservations(sourceId, table.fileName());
    SfrLocator locator = new SfrLocator(context.areas(), table.fileName());
    for (DfeTable.Row row : table.rows()) {
      Optional<SfrLocator.SfrPlace> place = locator.locate(row, year.getAsInt(), problems);
      if (place.isEmpty()) continue;
      held.forEach((value, columns) -> read(row, columns, problems).map(value::combine).ifPresent(cell -> {
        Markers.Cell flagged = place.get().level().roundedByDfe() || isPopulation(value) ? DfeCells.withFlag(cell, Flag.ROUNDED) : cell;
        observations.add(place.get().area().code(), value.measure(), period(value, columns, year.getAsInt()),
            value.breakdown(), flagged, row.line(), columns.get(0), problems);
      }));
    }
    if (observations.size() == 0 && problems.isEmpty()) problems.add(Problem.ofFile(table.fileName(), "import.file.noDataRows"));
    if (!problems.isEmpty()) return new ImportResult.Rejected(table.fileName(), problems.stream().distinct().toList());
    String fullTitle = title.formatted(year.getAsInt());
    if (held.keySet().stream().anyMatch(SfrImporter::isPopulation)) {
      fullTitle += "; with the ONS mid-year population aged 0 to 17 as published by DfE (rounded to the nearest 100)";
    }
    List<uk.lacexplorer.observation.Observation> all = new ArrayList<>(observations.all());
    all.addAll(PlacementShares.of(all, uk.lacexplorer.observation.Observation.TOTAL, sourceId));
    return new ImportResult.Loaded(DfeSources.of(sourceId, fullTitle, DfeSources.SFR_URL, table), all, warnings);
  }

  /** The cells of the columns, or empty (with problems added) when one cannot be read. */
  private static Optional<List<Markers.Cell>> read(DfeTable.Row row, List<String> columns, List<Problem> problems) {
    List<Markers.Cell> cells = new ArrayList<>();
    boolean ok = true;
    for (String column : columns) {
      Optional<Markers.Cell> cell = DfeCells.sfrCount(row, column, problems);
      if (cell.isPresent()) cells.add(cell.get()); else ok = false;
    }
    return ok ? Optional.of(cells) : Optional.empty();
  }

  /** DfE's 2010 file gives the mid-2009 ONS population (rounded to 100): its period is the year in the column name. */
  private static final Pattern MID_YEAR = Pattern.compile("Mid(\\d{4})Pop.*", Pattern.CASE_INSENSITIVE);

  private static boolean isPopulation(Figure value) {
    return value.measure().startsWith("population_");
  }

  private static int period(Figure value, List<String> columns, int year) {
    if (!isPopulation(value)) return year;
    Matcher matcher = MID_YEAR.matcher(columns.get(0).strip());
    return matcher.matches() ? Integer.parseInt(matcher.group(1)) : year;
  }
}
