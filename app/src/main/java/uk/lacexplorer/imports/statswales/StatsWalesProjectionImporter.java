package uk.lacexplorer.imports.statswales;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
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
 * StatsWales "population projections by local authority and year" exports (2008-based and 2011-based layouts), persons
 * by single year of age. The first year column is the base year, which is the ONS mid-year estimate: it is stored as
 * {@code population_0_17}. Later years are Welsh Government projections, stored apart as
 * {@code population_0_17_projected} with breakdown {@code base=YEAR} and flagged estimated. Wales is the sum of the
 * 22 authorities.
 */
public final class StatsWalesProjectionImporter implements Importer {
  private static final Pattern AGE = Pattern.compile("(?i)age (\\d+)\\+?");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final int OLDEST = 17;

  @Override
  public String kind() {
    return "statswales-population-projection";
  }

  @Override
  public String description() {
    return "StatsWales population projections by LA and single year of age (base year = ONS estimate; CSV export)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    RawTable table = RawTable.read(file, ',', problems);
    List<Row> rows = table.rows();
    int header = headerIndex(rows);
    if (header < 0) {
      problems.addFile("import.projection.noHeader");
      return problems.result(null, List.of());
    }
    Row headerRow = rows.get(header);
    int firstYearColumn = firstYearColumn(headerRow);
    List<Integer> years = new ArrayList<>();
    for (int i = firstYearColumn; i < headerRow.size(); i++) years.add(Integer.valueOf(headerRow.stripped(i)));
    int base = years.get(0);
    Map<Area, double[]> sums = new LinkedHashMap<>();
    Map<Area, Set<Integer>> ages = new LinkedHashMap<>();
    AreaResolver resolver = new AreaResolver(context.areas(), problems);
    Area current = null;
    for (Row row : rows.subList(header + 1, rows.size())) {
      if (row.isBlank()) break;
      if (row.size() != headerRow.size()) {
        problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1).strip(),
            "import.row.fieldsLikeHeader", headerRow.size(), row.size());
        continue;
      }
      Optional<String> areaLabel = Optional.empty();
      Integer age = null;
      for (int i = 0; i < firstYearColumn; i++) {
        String label = row.stripped(i);
        Matcher matcher = AGE.matcher(label);
        if (matcher.matches()) {
          age = Integer.valueOf(matcher.group(1));
        } else if (!label.isEmpty() && !label.toLowerCase(java.util.Locale.ROOT).startsWith("all ages")
            && !label.toLowerCase(java.util.Locale.ROOT).startsWith("aged ")) {
          areaLabel = Optional.of(label);
        }
      }
      if (areaLabel.isPresent()) {
        current = resolver.resolve(areaLabel.get(), base, row.line(), "area").orElse(null);
      }
      if (age == null || age > OLDEST || current == null) continue;
      if (!ages.computeIfAbsent(current, key -> new TreeSet<>()).add(age)) {
        problems.add(row.line(), "age", "Age " + age, "import.projection.ageTwice", age, current.nameEn());
      }
      double[] sum = sums.computeIfAbsent(current, key -> new double[years.size()]);
      for (int i = 0; i < years.size(); i++) {
        Optional<Double> value = Cells.number(row.field(firstYearColumn + i), row.line(), years.get(i).toString(), problems);
        if (value.isPresent()) sum[i] += value.get();
      }
    }
    ages.forEach((area, found) -> {
      if (found.size() != OLDEST + 1) {
        problems.addFile("import.projection.agesMissing", area.nameEn(), found.size());
      }
    });
    Source source = new Source("statswales_population_projection_" + base,
        base + "-based local authority population projections for Wales (base year: ONS mid-" + base + " estimate)",
        "Welsh Government (StatsWales); ONS", Source.OGL, "https://statswales.gov.wales", file.getFileName().toString(),
        table.sha256());
    return problems.result(source, observations(sums, years, source.id()));
  }

  private static List<Observation> observations(Map<Area, double[]> sums, List<Integer> years, String sourceId) {
    Map<AreaCode, double[]> byArea = new LinkedHashMap<>();
    double[] wales = new double[years.size()];
    int authorities = 0;
    for (var entry : sums.entrySet()) {
      if (entry.getKey().type() != AreaType.LOCAL_AUTHORITY) continue;
      byArea.put(entry.getKey().code(), entry.getValue());
      authorities++;
      for (int i = 0; i < wales.length; i++) wales[i] += entry.getValue()[i];
    }
    if (authorities == 22) byArea.put(Nation.WALES.countryCode(), wales);
    List<Observation> observations = new ArrayList<>();
    String breakdown = Breakdown.of("base", years.get(0).toString());
    byArea.forEach((code, values) -> {
      observations.add(new Observation(code, "population_0_17", years.get(0), Observation.TOTAL, values[0], Set.of(), sourceId));
      for (int i = 1; i < years.size(); i++) {
        observations.add(new Observation(code, "population_0_17_projected", years.get(i), breakdown, values[i],
            EnumSet.of(Flag.ESTIMATED), sourceId));
      }
    });
    return observations;
  }

  private static int headerIndex(List<Row> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (firstYearColumn(rows.get(i)) >= 0) return i;
    }
    return -1;
  }

  /** The first of at least two consecutive year columns running to the end of the row, or -1. */
  private static int firstYearColumn(Row row) {
    int first = -1;
    for (int i = 0; i < row.size(); i++) {
      boolean isYear = YEAR.matcher(row.stripped(i)).matches();
      if (isYear && first < 0) first = i;
      if (!isYear && first >= 0) return -1;
    }
    return first >= 0 && row.size() - first >= 2 ? first : -1;
  }
}
