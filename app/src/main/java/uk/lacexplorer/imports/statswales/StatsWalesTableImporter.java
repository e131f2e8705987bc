package uk.lacexplorer.imports.statswales;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.read.AreaResolver;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Years;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * One StatsWales table, in either download layout, read as its {@link TableMapping} says:
 * <ul>
 *   <li>the new StatsWales site's long download: a heading row naming the value, description, year and area columns
 *       (e.g. {@code Data values, Data description, Collection Year (at 31 March), Local Authority}), then one row
 *       per value; the description picks the measure, the year is {@code 2023-24} (year ending 31 March 2024),
 *       {@code 2024} or {@code 31 March 2024};</li>
 *   <li>the classic StatsWales export: title lines (one names the year, else {@code year=} or the file's name), a
 *       heading row whose column headings the mapping names, then one row per area (the area is the last text before
 *       the row's first number or marker, as in the exports' indented hierarchy), up to the first blank line.</li>
 * </ul>
 * Markers are kept as flagged missing values, never numbers: {@code *} and {@code [c]} suppressed, {@code .} and
 * {@code [z]} not applicable, {@code [x]}, {@code ..} not available. Counts the table rounds (to 5) are flagged rounded.
 * All or nothing: an unknown area, a value that is neither a number nor a marker, a negative value, a year it cannot
 * read or an area-year given twice rejects the file, each named by line, column and value.
 */
public final class StatsWalesTableImporter implements Importer {
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(?<!\\d)(19\\d\\d|20\\d\\d)\\s*[-/–]\\s*(\\d\\d)(?!\\d)");
  private static final Pattern BRACKETED = Pattern.compile("\\[([a-z]+)\\]");

  private final TableMapping fixed;

  /** An importer for one shipped table ({@code statswales-ID}). */
  public StatsWalesTableImporter(TableMapping mapping) {
    this.fixed = mapping;
  }

  /** The importer of any table, given its mapping with {@code mapping=FILE} ({@code statswales-table}). */
  public StatsWalesTableImporter() {
    this.fixed = null;
  }

  @Override
  public String kind() {
    return fixed == null ? "statswales-table" : "statswales-" + fixed.id();
  }

  @Override
  public String description() {
    return fixed == null
        ? "Any StatsWales table (long or classic download) read as the mapping file says: mapping=FILE"
        : "StatsWales \"" + fixed.titleEn() + "\" (long download from stats.gov.wales, or the classic CSV export)";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    TableMapping mapping = fixed;
    if (mapping == null) {
      Optional<Path> given = context.pathOption("mapping");
      if (given.isEmpty()) {
        problems.addFile("import.statswales.noMapping");
        return problems.result(null, List.of());
      }
      try {
        mapping = TableMapping.read(given.get());
      } catch (RuntimeException e) {
        problems.addFile(e.getMessage());
        return problems.result(null, List.of());
      }
    }
    for (String measure : mapping.measureIds()) {
      if (context.measures().find(measure).isEmpty()) {
        problems.addFile("import.statswales.unknownMeasure", mapping.titleEn(), measure);
      }
    }
    if (!problems.isEmpty()) return problems.result(null, List.of());
    RawTable table = RawTable.read(file, ',', problems);
    List<Row> rows = table.rows();
    List<Observation> observations = new ArrayList<>();
    Set<Integer> years = new java.util.TreeSet<>();
    Reader reader = new Reader(mapping, context.areas(), new AreaResolver(context.areas(), problems), problems, observations, years);
    int heading = longHeading(rows, mapping);
    if (heading >= 0) {
      reader.readLong(rows, heading);
    } else {
      int classic = classicHeading(rows, mapping);
      if (classic < 0) {
        problems.addFile("import.statswales.noHeading", mapping.longValue(), mapping.longArea(), mapping.longMeasure(),
            String.join(", ", mapping.measures().keySet()), mapping.titleEn());
      } else {
        Optional<Integer> year = classicYear(file, rows.subList(0, classic), context, problems);
        year.ifPresent(y -> reader.readClassic(rows, classic, y));
      }
    }
    if (observations.isEmpty() && problems.isEmpty()) {
      problems.addFile("import.statswales.noMappedValue", mapping.titleEn());
    }
    if (!problems.isEmpty()) return problems.result(null, List.of());
    String span = years.size() == 1 ? years.iterator().next().toString()
        : ((java.util.TreeSet<Integer>) years).first() + "_" + ((java.util.TreeSet<Integer>) years).last();
    Source source = new Source("statswales_" + mapping.id().replace('-', '_') + "_" + span,
        mapping.titleEn() + " (" + span.replace('_', '–') + ")", "Welsh Government (StatsWales)", Source.OGL,
        mapping.url(), file.getFileName().toString(), table.sha256());
    List<Observation> sourced = new ArrayList<>();
    for (Observation o : observations) {
      sourced.add(new Observation(o.area(), o.measure(), o.period(), o.breakdown(), o.value(), o.flags(), source.id()));
    }
    return problems.result(source, sourced);
  }

  private static int longHeading(List<Row> rows, TableMapping mapping) {
    for (int i = 0; i < Math.min(rows.size(), 40); i++) {
      List<String> labels = rows.get(i).fields().stream().map(TableMapping::normalise).toList();
      if (labels.contains(TableMapping.normalise(mapping.longValue())) && labels.contains(TableMapping.normalise(mapping.longArea()))
          && labels.contains(TableMapping.normalise(mapping.longMeasure()))) {
        return i;
      }
    }
    return -1;
  }

  /** The last of the first rows with a column heading the mapping names. */
  private static int classicHeading(List<Row> rows, TableMapping mapping) {
    int found = -1;
    for (int i = 0; i < Math.min(rows.size(), 40); i++) {
      if (rows.get(i).fields().stream().anyMatch(field -> mapping.target(field).isPresent())) found = i;
    }
    return found;
  }

  private static Optional<Integer> classicYear(Path file, List<Row> titles, ImportContext context, Problems problems) {
    Optional<Integer> option = Years.option(context, problems);
    for (Row row : titles) {
      Optional<Integer> titled = year(String.join(" ", row.fields()));
      if (titled.isPresent()) {
        if (option.isPresent() && !option.get().equals(titled.get())) {
          problems.add(row.line(), "title", String.join(" ", row.fields()).strip(), "import.year.titleDisagrees",
              titled.get(), option.get());
        }
        return titled;
      }
    }
    if (option.isPresent()) return option;
    Optional<Integer> named = Years.fileName(file);
    if (named.isEmpty()) {
      problems.addFile("import.year.noYearEnding");
    }
    return named;
  }

  /** {@code 2023-24} → 2024 (the year ending 31 March); else the first four-digit year. */
  static Optional<Integer> year(String text) {
    Matcher financial = FINANCIAL_YEAR.matcher(text);
    if (financial.find()) {
      int start = Integer.parseInt(financial.group(1));
      int end = Integer.parseInt(financial.group(2));
      if ((start + 1) % 100 == end) return Optional.of(start + 1);
    }
    return Years.in(text);
  }

  /** A cell: a number or one of the markers, the new site's in square brackets ({@code [c]}, {@code [x]}, …). */
  static Optional<Markers.Cell> cell(String raw) {
    String text = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    Matcher bracketed = BRACKETED.matcher(text);
    if (bracketed.matches()) text = bracketed.group(1);
    return Markers.parse(text);
  }

  /** Collects the observations of one file. */
  private static final class Reader {
    private final TableMapping mapping;
    private final AreaResolver areas;
    private final Problems problems;
    private final List<Observation> observations;
    private final Set<Integer> years;
    private final Map<String, Long> seen = new HashMap<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final Set<String> summedFrom = new java.util.HashSet<>();
    private final uk.lacexplorer.area.AreaRegistry known;

    Reader(TableMapping mapping, uk.lacexplorer.area.AreaRegistry known, AreaResolver areas, Problems problems,
           List<Observation> observations, Set<Integer> years) {
      this.known = known;
      this.mapping = mapping;
      this.areas = areas;
      this.problems = problems;
      this.observations = observations;
      this.years = years;
    }

    void readLong(List<Row> rows, int heading) {
      List<String> labels = rows.get(heading).fields().stream().map(TableMapping::normalise).toList();
      int value = labels.indexOf(TableMapping.normalise(mapping.longValue()));
      int area = labels.indexOf(TableMapping.normalise(mapping.longArea()));
      int measure = labels.indexOf(TableMapping.normalise(mapping.longMeasure()));
      int year = labels.indexOf(TableMapping.normalise(mapping.longYear()));
      int breakdown = mapping.longBreakdown().isEmpty() ? -1 : labels.indexOf(TableMapping.normalise(mapping.longBreakdown()));
      if (year < 0) {
        problems.add(rows.get(heading).line(), "heading", mapping.longYear(), "import.statswales.noYearColumn", mapping.longYear());
        return;
      }
      if (!mapping.longBreakdown().isEmpty() && breakdown < 0) {
        problems.add(rows.get(heading).line(), "heading", mapping.longBreakdown(), "import.statswales.noBreakdownColumn",
            mapping.longBreakdown());
        return;
      }
      for (Row row : rows.subList(heading + 1, rows.size())) {
        if (row.isBlank()) continue;
        Optional<TableMapping.Target> target = mapping.target(row.field(measure));
        if (target.isEmpty()) continue;  // a description the cascade does not use: left alone
        Optional<Integer> when = year(row.stripped(year));
        if (when.isEmpty()) {
          problems.add(row.line(), mapping.longYear(), row.stripped(year), "import.year.notStatsWalesYear");
          continue;
        }
        String split = target.get().breakdown();
        if (breakdown >= 0) {
          String part = row.stripped(breakdown);
          if (!isTotal(part)) {
            String key = mapping.breakdownKey().isEmpty() ? "breakdown" : mapping.breakdownKey();
            String slug = part.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
            split = split.isEmpty() ? key + "=" + slug : split + ";" + key + "=" + slug;
          }
        }
        add(row, row.stripped(area), mapping.longArea(), when.get(), target.get().measure(), split, row.field(value),
            mapping.longValue(), row.field(measure));
      }
    }

    void readClassic(List<Row> rows, int heading, int year) {
      Row labels = rows.get(heading);
      // a heading repeated along the row: the last column is read (StatsWales prints the table's total last)
      Map<String, Integer> byLabel = new HashMap<>();
      for (int i = 0; i < labels.size(); i++) {
        if (mapping.target(labels.field(i)).isPresent()) byLabel.put(TableMapping.normalise(labels.field(i)), i);
      }
      Map<Integer, TableMapping.Target> columns = new java.util.TreeMap<>();
      byLabel.forEach((label, column) -> columns.put(column, mapping.target(label).orElseThrow()));
      int first = columns.keySet().iterator().next();
      boolean started = false;
      for (Row row : rows.subList(heading + 1, rows.size())) {
        if (row.isBlank()) {
          if (started) break;  // notes follow the table after a blank line
          continue;
        }
        String name = "";
        // the last text before the row's first number or marker (exports indent authorities under their nation)
        for (int i = 0; i < first; i++) {
          String text = row.stripped(i);
          if (text.isEmpty()) continue;
          if (cell(text).isPresent()) break;
          name = text;
        }
        if (!started && (name.isEmpty() || known.match(name, year).isEmpty())) continue;  // more heading rows
        if (name.isEmpty()) {
          problems.add(row.line(), "local authority", "", "import.statswales.noAreaName");
          continue;
        }
        started = true;
        for (Map.Entry<Integer, TableMapping.Target> column : columns.entrySet()) {
          add(row, name, "local authority", year, column.getValue().measure(), column.getValue().breakdown(),
              row.field(column.getKey()), labels.stripped(column.getKey()), labels.stripped(column.getKey()));
        }
      }
    }

    private static boolean isTotal(String part) {
      String text = part.strip().toLowerCase(Locale.ROOT);
      return text.isEmpty() || text.equals("total") || text.startsWith("all ") || text.startsWith("total ");
    }

    private void add(Row row, String name, String areaColumn, int year, String measure, String breakdown, String raw,
                     String column, String label) {
      Optional<Area> area = areas.resolve(name, year, row.line(), areaColumn);
      if (area.isEmpty()) return;
      Optional<Markers.Cell> cell = cell(raw);
      if (cell.isEmpty()) {
        problems.add(row.line(), column, raw.strip(), "import.statswales.notValue");
        return;
      }
      if (cell.get().value() != null && cell.get().value() < 0) {
        problems.add(row.line(), column, raw.strip(), "import.statswales.negative");
        return;
      }
      String key = area.get().code().value() + "|" + measure + "|" + year + "|" + breakdown;
      String cellKey = key + "|" + TableMapping.normalise(label);
      EnumSet<Flag> flags = cell.get().flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(cell.get().flags());
      Double value = cell.get().value();
      if (value != null) {
        value = value * mapping.scale();
        if (mapping.rounded() > 1) flags.add(Flag.ROUNDED);
      }
      Long before = seen.putIfAbsent(key, row.line());
      if (before != null) {
        // several labels of one measure are summed (each once); anything else given twice is an error
        if (mapping.summed(measure, breakdown) && summedFrom.add(cellKey)) {
          Observation first = observations.get(index.get(key));
          Double sum = first.value() == null || value == null ? null : first.value() + value;
          EnumSet<Flag> both = EnumSet.noneOf(Flag.class);
          both.addAll(first.flags());
          both.addAll(flags);
          if (sum != null) both.removeIf(flag -> flag != Flag.ROUNDED);
          else if (first.value() != null || value != null) both.remove(Flag.ROUNDED);
          observations.set(index.get(key), new Observation(first.area(), measure, year, breakdown, sum, both, "pending"));
          return;
        }
        problems.add(row.line(), column, name, "import.statswales.twice", year, before);
        return;
      }
      summedFrom.add(cellKey);
      years.add(year);
      index.put(key, observations.size());
      observations.add(new Observation(area.get().code(), measure, year, breakdown, value, flags, "pending"));
    }
  }
}
