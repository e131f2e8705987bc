package uk.lacexplorer.imports.statswales;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Breakdown;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * StatsWales "children looked after at 31 March by local authority, gender and age" as exported (CSV): optional
 * title and filter lines, multi-row header, {@code *} suppressed and {@code .} not applicable, names with trailing
 * spaces, the Wales row labelled "All Welsh local authorities". Gives {@code children_looked_after} for each
 * authority and Wales: the total, by sex, and by sex and age band, all flagged rounded (to 5).
 */
public final class StatsWalesClaImporter implements Importer {
  public static final String MEASURE = "children_looked_after";

  @Override
  public String kind() {
    return "statswales-cla";
  }

  @Override
  public String description() {
    return "StatsWales children looked after at 31 March by LA, gender and age (CSV export; year from title, year=, or file name)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, ',', problems);
    List<Row> rows = table.rows();
    int ageRow = indexOfAgeRow(rows);
    if (ageRow < 1) {
      problems.addFile("import.statswales.noAgeRow");
      return problems.result(null, List.of());
    }
    Optional<Integer> year = ClaYear.find(file, rows.subList(0, ageRow), context, problems);
    Optional<List<ClaLayout.Column>> columns = ClaLayout.columns(sexRow(rows, ageRow), rows.get(ageRow), problems);
    if (year.isEmpty() || columns.isEmpty()) return problems.result(null, List.of());
    Source source = new Source("statswales_cla_" + year.get(),
        "Children looked after at 31 March by local authority, gender and age (" + year.get() + ")",
        "Welsh Government (StatsWales)", Source.OGL, "https://statswales.gov.wales", file.getFileName().toString(),
        table.sha256());
    List<Observation> observations = new ArrayList<>();
    AreaResolver areas = new AreaResolver(context.areas(), problems);
    Set<Area> seen = new HashSet<>();
    int authorities = 0;
    for (Row row : rows.subList(ageRow + 1, rows.size())) {
      if (row.isBlank()) continue;
      if (row.size() != ClaLayout.FIELDS) {
        problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1).strip(),
            "import.statswales.fields", ClaLayout.FIELDS, row.size());
        continue;
      }
      String name = row.stripped(1).isEmpty() ? row.stripped(0) : row.stripped(1);
      Optional<Area> area = areas.resolve(name, year.get(), row.line(), "local authority");
      if (area.isEmpty()) continue;
      if (!seen.add(area.get())) {
        problems.add(row.line(), "local authority", name, "import.authority.twice");
        continue;
      }
      if (area.get().type() == AreaType.LOCAL_AUTHORITY) authorities++;
      for (ClaLayout.Column column : columns.get()) {
        Cells.cell(row.field(column.index()), row.line(), column.label(), problems).ifPresent(cell ->
            observations.add(observation(area.get(), year.get(), column, cell, source.id())));
      }
    }
    if (authorities < 22 && problems.isEmpty()) {
      problems.warn(0, "import.statswales.fewAuthorities", authorities);
    }
    return problems.result(source, observations);
  }

  private static Observation observation(Area area, int year, ClaLayout.Column column, Markers.Cell cell, String sourceId) {
    EnumSet<Flag> flags = EnumSet.copyOf(cell.flags().isEmpty() ? EnumSet.of(Flag.ROUNDED) : cell.flags());
    String breakdown = column.sex().isEmpty() ? Observation.TOTAL
        : column.age().isEmpty() ? Breakdown.of("sex", column.sex()) : Breakdown.of("age", column.age(), "sex", column.sex());
    return new Observation(area.code(), MEASURE, year, breakdown, cell.value(), flags, sourceId);
  }

  private static int indexOfAgeRow(List<Row> rows) {
    for (int i = 0; i < rows.size(); i++) if (ClaLayout.isAgeRow(rows.get(i))) return i;
    return -1;
  }

  /** The nearest row above the age row that names Boys and Girls. */
  private static Row sexRow(List<Row> rows, int ageRow) {
    for (int i = ageRow - 1; i >= 0; i--) {
      if (rows.get(i).fields().stream().anyMatch(field -> ClaLayout.label(field).startsWith("Boys"))) return rows.get(i);
    }
    return rows.get(ageRow - 1);
  }
}
