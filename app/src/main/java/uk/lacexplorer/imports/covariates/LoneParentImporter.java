package uk.lacexplorer.imports.covariates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.DistrictSums;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Workbook;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * ONS "estimated number of households" workbook (Annual Population Survey, 2004–2019): lone-parent households as a
 * percentage of all households, from the sheets Lone_parent_households and Total_households. Every upper-tier
 * authority has its own row (counties included), as have regions and countries, so district rows are not needed
 * and are skipped, as are metropolitan counties. {@code [u]} (sample under 3) is suppressed, {@code [w]} not
 * available.
 */
public final class LoneParentImporter implements Importer {
  private static final Pattern YEAR = Pattern.compile("^((?:19|20)\\d\\d)\\b");

  @Override
  public String kind() {
    return "lone-parent-households";
  }

  @Override
  public String description() {
    return "ONS household estimates workbook (.xlsx, APS): lone-parent households as % of all households, 2004–2019";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Optional<Workbook> workbook = Workbook.open(file, problems);
    Optional<Map<String, Map<Integer, Cell>>> lone = workbook.flatMap(book -> book.sheet("Lone_parent_households", problems))
        .flatMap(rows -> table(rows, problems));
    Optional<Map<String, Map<Integer, Cell>>> total = workbook.flatMap(book -> book.sheet("Total_households", problems))
        .flatMap(rows -> table(rows, problems));
    if (lone.isEmpty() || total.isEmpty()) return problems.result(null, List.of());
    Source source = new Source("ons_household_estimates_2004_2019",
        "Estimated number of households by household type, local authorities of England and Wales, 2004 to 2019 (APS)",
        "Office for National Statistics", Source.OGL, "https://www.ons.gov.uk", file.getFileName().toString(),
        workbook.get().sha256());
    AreaResolver resolver = new AreaResolver(context.areas(), problems);
    List<Observation> observations = new ArrayList<>();
    Map<AreaCode, String> seen = new HashMap<>();
    lone.get().forEach((code, byYear) -> {
      Cell first = byYear.values().iterator().next();
      Optional<Area> area = resolver.resolve(code, null, first.line(), "Area code");
      if (area.isEmpty()) return;
      if (seen.put(area.get().code(), code) != null) {
        problems.add(first.line(), "Area code", code, "import.row.second", area.get().nameEn());
        return;
      }
      byYear.forEach((year, loneCell) -> {
        Cell totalCell = total.get().getOrDefault(code, Map.of()).get(year);
        observations.add(percentage(area.get().code(), year, loneCell, totalCell, source.id()));
      });
    });
    return problems.result(source, observations);
  }

  private static Observation percentage(AreaCode area, int year, Cell lone, Cell total, String sourceId) {
    String measure = "lone_parent_households_pct";
    if (total == null || total.value().isMissing()) {
      return new Observation(area, measure, year, "", null, EnumSet.of(Flag.NOT_AVAILABLE), sourceId);
    }
    if (lone.value().isMissing()) return new Observation(area, measure, year, "", null, lone.value().flags(), sourceId);
    double percent = Math.round(1e4 * lone.value().value() / total.value().value()) / 100.0;
    return new Observation(area, measure, year, "", percent, Set.of(), sourceId);
  }

  /** A cell of the workbook with its row number. */
  record Cell(long line, Markers.Cell value) {
  }

  /** Area code → year → cell, for rows of England and Wales other than districts and metropolitan counties. */
  private static Optional<Map<String, Map<Integer, Cell>>> table(List<Row> rows, Problems problems) {
    int headerAt = -1;
    for (int i = 0; i < rows.size() && headerAt < 0; i++) if (rows.get(i).stripped(0).equalsIgnoreCase("Area code")) headerAt = i;
    if (headerAt < 0) {
      problems.addFile("import.loneParent.noHeader");
      return Optional.empty();
    }
    Row header = rows.get(headerAt);
    Map<Integer, Integer> yearColumns = new HashMap<>();
    for (int i = 0; i < header.size(); i++) {
      Matcher matcher = YEAR.matcher(header.stripped(i));
      if (matcher.find()) yearColumns.put(i, Integer.valueOf(matcher.group(1)));
    }
    Map<String, Map<Integer, Cell>> table = new java.util.TreeMap<>();
    for (Row row : rows.subList(headerAt + 1, rows.size())) {
      String code = row.stripped(0);
      String type = row.stripped(3);
      if (!code.matches("[EWSNK]\\d{8}") || !DistrictSums.inScope(code) || code.startsWith("E07")
          || type.equalsIgnoreCase("Met County")) {
        continue;
      }
      Map<Integer, Cell> byYear = new java.util.TreeMap<>();
      yearColumns.forEach((column, year) -> {
        String text = row.stripped(column);
        Optional<Markers.Cell> cell = switch (text.toLowerCase(java.util.Locale.ROOT)) {
          case "[u]" -> Optional.of(new Markers.Cell(null, EnumSet.of(Flag.SUPPRESSED)));
          case "[w]", "[x]" -> Optional.of(new Markers.Cell(null, EnumSet.of(Flag.NOT_AVAILABLE)));
          default -> Cells.cell(text, row.line(), Workbook.column(column), problems);
        };
        cell.ifPresent(value -> byYear.put(year, new Cell(row.line(), value)));
      });
      if (!byYear.isEmpty()) table.put(code, byYear);
    }
    return Optional.of(table);
  }
}
