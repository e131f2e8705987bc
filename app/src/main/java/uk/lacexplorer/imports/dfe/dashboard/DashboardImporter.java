package uk.lacexplorer.imports.dfe.dashboard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
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
 * A DfE Explore Education Statistics file with one row per year and area (children in need, referrals, section 47
 * enquiries, child protection plans, workforce), as the CSC outcomes and enablers dashboard keeps it. Every value
 * column of the {@link DashboardSpec} becomes a measure; markers stay flagged missing values. All or nothing: a
 * cell that is neither a value of its kind nor a marker, an unknown area, a year out of range, or a second row for
 * the same year and area rejects the whole file. Inner and Outer London rows are left out (LAC Explorer has no such
 * areas), and so are rows wholly marked {@code z} for an authority that did not exist that year.
 */
public final class DashboardImporter implements Importer {
  static final int FIRST_YEAR = 2000;
  static final int LAST_YEAR = 2035;
  private static final String[] PLACE = {"time_period", "geographic_level", "country_code", "region_code", "new_la_code"};

  private final DashboardSpec spec;

  public DashboardImporter(DashboardSpec spec) {
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

  public DashboardSpec spec() {
    return spec;
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    byte[] bytes = FileBytes.read(file);
    List<RawTable.Row> rows = LongTableRows.rows(file, problems);
    if (rows.isEmpty()) return problems.result(null, List.of());
    Map<String, Integer> header = header(rows.get(0));
    List<String> required = new ArrayList<>(List.of(PLACE));
    spec.columns().forEach(column -> required.add(column.column()));
    for (String column : required) {
      if (!header.containsKey(column.toLowerCase(Locale.ROOT))) {
        problems.add(1, column, "", "import.column.missingFromHeader", String.join(", ", required));
      }
    }
    if (!problems.isEmpty()) return problems.result(null, List.of());
    List<Observation> observations = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    int skipped = 0;
    String sourceId = spec.sourceStem();
    List<Observation> pending = new ArrayList<>();
    for (RawTable.Row row : rows.subList(1, rows.size())) {
      Optional<Integer> year = year(row, header, problems).map(y -> y + spec.periodShift());
      Optional<Optional<Area>> place = year.isEmpty() ? Optional.empty() : area(row, header, year.get(), context, problems);
      List<Markers.Cell> cells = new ArrayList<>();
      for (DashboardColumn column : spec.columns()) {
        String text = get(row, header, column.column());
        Optional<Markers.Cell> cell = DashboardCell.parse(text, column.kind());
        if (cell.isEmpty()) problems.add(row.line(), column.column(), text.strip(), DashboardCell.expected(column.kind()));
        cells.add(cell.orElse(null));
      }
      if (place.isEmpty() || place.get().isEmpty() || cells.contains(null)) continue;
      Area area = place.get().get();
      int period = year.get();
      boolean allNotApplicable = cells.stream().allMatch(cell -> cell.isMissing() && cell.flags().contains(Flag.NOT_APPLICABLE));
      if (allNotApplicable && !area.validIn(period)) {
        skipped++;
        continue;
      }
      String key = area.code().value() + "/" + period;
      Long earlier = seen.putIfAbsent(key, row.line());
      if (earlier != null) {
        problems.add(row.line(), "new_la_code", area.code().value(),
            "import.row.secondFor", area.code() + " " + period, earlier);
        continue;
      }
      first = Math.min(first, period);
      last = Math.max(last, period);
      boolean rounded = !area.isLocalAuthority();
      for (int i = 0; i < cells.size(); i++) {
        Markers.Cell cell = cells.get(i);
        EnumSet<Flag> flags = cell.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(cell.flags());
        if (rounded && !cell.isMissing() && spec.columns().get(i).kind() == DashboardColumn.Kind.COUNT) flags.add(Flag.ROUNDED);
        pending.add(new Observation(area.code(), spec.columns().get(i).measure(), period, "", cell.value(), flags, sourceId));
      }
    }
    if (!problems.isEmpty() || pending.isEmpty()) return problems.result(null, List.of());
    String id = first == last ? sourceId + "_" + first : sourceId + "_" + first + "_" + last;
    for (Observation o : pending) {
      observations.add(new Observation(o.area(), o.measure(), o.period(), o.breakdown(), o.value(), o.flags(), id));
    }
    if (skipped > 0) problems.warn(0, "import.warn.zRowsLeftOut", skipped);
    String title = spec.title() + ", " + first + (first == last ? "" : " to " + last);
    Source source = new Source(id, title, "Department for Education", Source.OGL, spec.url(),
        file.getFileName().toString(), FileBytes.sha256(bytes));
    return problems.result(source, observations);
  }

  /** The header's columns by lower-case name (the first of a repeated name). */
  static Map<String, Integer> header(RawTable.Row row) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < row.size(); i++) columns.putIfAbsent(row.stripped(i).toLowerCase(Locale.ROOT), i);
    return columns;
  }

  private static String get(RawTable.Row row, Map<String, Integer> header, String column) {
    Integer index = header.get(column.toLowerCase(Locale.ROOT));
    return index == null ? "" : row.stripped(index);
  }

  private static Optional<Integer> year(RawTable.Row row, Map<String, Integer> header, Problems problems) {
    String text = get(row, header, "time_period");
    if (text.matches("\\d{4}")) {
      int year = Integer.parseInt(text);
      if (year >= FIRST_YEAR && year <= LAST_YEAR) return Optional.of(year);
    }
    problems.add(row.line(), "time_period", text,
        "import.year.notReportingYear", FIRST_YEAR, LAST_YEAR);
    return Optional.empty();
  }

  /** The row's area; an empty inner optional means the row is rightly left out (Inner or Outer London). */
  private static Optional<Optional<Area>> area(RawTable.Row row, Map<String, Integer> header, int year,
                                               ImportContext context, Problems problems) {
    String level = get(row, header, "geographic_level").toLowerCase(Locale.ROOT);
    String column = switch (level) {
      case "national" -> "country_code";
      case "regional" -> "region_code";
      case "local authority" -> "new_la_code";
      default -> null;
    };
    if (column == null) {
      problems.add(row.line(), "geographic_level", get(row, header, "geographic_level"),
          "import.level.unknownEes");
      return Optional.empty();
    }
    String code = get(row, header, column);
    if (level.equals("regional") && code.toUpperCase(Locale.ROOT).startsWith("E13")) return Optional.of(Optional.empty());
    if (level.equals("local authority") && code.contains("/")) return joint(row, column, code, year, context, problems);
    if (!AreaCode.isCode(code)) {
      problems.add(row.line(), column, code, "import.area.notGss");
      return Optional.empty();
    }
    // match, not find: an old code of an authority that kept its boundaries (North Yorkshire E10000023) is an alias.
    Optional<Area> area = context.areas().match(code, year);
    if (area.isEmpty()) {
      problems.add(row.line(), column, code,
          "import.area.unknownCode");
      return Optional.empty();
    }
    return Optional.of(area);
  }

  /**
   * A joint return of two known authorities (the workforce file gives North and West Northamptonshire, and Kingston
   * and Richmond, as one row): it belongs to neither, so it is left out with a warning; an unknown code is a problem.
   */
  private static Optional<Optional<Area>> joint(RawTable.Row row, String column, String code, int year,
                                                ImportContext context, Problems problems) {
    for (String part : code.split("/")) {
      String one = part.strip();
      if (!AreaCode.isCode(one) || context.areas().match(one, year).isEmpty()) {
        problems.add(row.line(), column, code, "import.area.notCodeOrJoint");
        return Optional.empty();
      }
    }
    problems.warn(row.line(), "import.warn.jointLeftOut", code, year);
    return Optional.of(Optional.empty());
  }
}
