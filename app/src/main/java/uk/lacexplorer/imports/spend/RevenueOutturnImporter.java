package uk.lacexplorer.imports.spend;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.OdsWorkbook;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * An MHCLG revenue outturn workbook as published (.ods: RO3 social care, RSX service summary), one row per authority:
 * the columns of the {@link OutturnSpec} (a service line's total or net current expenditure, in £ thousand) become
 * measures in pounds for the financial year, with the period the year it ends (2024-25 is 2025). The header is the row
 * that starts {@code E-code}; where the service line sits on the row above it (RO3 2023-24, a two-row header) it is
 * carried across its columns. Authorities with children's services (classes SC, MD, LB, UA) and England are read;
 * districts, fire, police and other bodies are left out. {@code [x]} (not available), {@code [z]} and {@code [c]} are
 * flagged missing values, never numbers. All or nothing: a cell that is neither, an unknown area code, a second row
 * for an area, or a missing column rejects the whole file. The sheet's second table, totals by class of authority under
 * a header of its own, is not read.
 */
public final class RevenueOutturnImporter implements Importer {
  static final String URL = "https://www.gov.uk/government/collections/local-authority-revenue-expenditure-and-financing";
  private static final Set<String> CLASSES = Set.of("SC", "MD", "LB", "UA", "ENG");
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("(20\\d{2})[-–]?(\\d{2})");
  private static final Pattern CODE = Pattern.compile("\\(\\s*C(\\d)\\b");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d+)?([eE][-+]?\\d{1,3})?");

  private final OutturnSpec spec;

  public RevenueOutturnImporter(OutturnSpec spec) {
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

  public OutturnSpec spec() {
    return spec;
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Optional<OdsWorkbook> workbook = OdsWorkbook.open(file, problems);
    if (workbook.isEmpty()) return problems.result(null, List.of());
    Optional<List<RawTable.Row>> sheet = workbook.get().sheet(spec.sheetPrefix(), problems);
    if (sheet.isEmpty()) return problems.result(null, List.of());
    List<RawTable.Row> rows = sheet.get();
    int headerAt = -1;
    for (int i = 0; i < rows.size() && headerAt < 0; i++) {
      if (rows.get(i).stripped(0).equalsIgnoreCase("E-code")) headerAt = i;
    }
    if (headerAt < 0) {
      problems.addFile("import.outturn.noHeader", spec.sheetPrefix());
      return problems.result(null, List.of());
    }
    RawTable.Row header = rows.get(headerAt);
    Optional<Integer> period = period(rows.subList(0, headerAt), workbook.get().sheetNames(), problems);
    List<String> headings = headings(header, headerAt > 0 ? rows.get(headerAt - 1) : null);
    int codeColumn = column(headings, "ONS Code", header, problems);
    int classColumn = column(headings, "Class", header, problems);
    List<Integer> valueColumns = new ArrayList<>();
    for (OutturnColumn wanted : spec.columns()) {
      int found = -1;
      for (int j = 0; j < headings.size() && found < 0; j++) {
        if (headings.get(j).equals(key(wanted.service(), wanted.code()))) found = j;
      }
      if (found < 0 && !wanted.optional()) {
        problems.add(header.line(), wanted.service(), "", "import.column.missingFromHeader",
            wanted.service() + " - " + (wanted.code() == 3 ? "Total Expenditure (C3 = C1 + C2)" : "Net Current Expenditure (C7 = C3 - C6)"));
      }
      valueColumns.add(found);
    }
    if (!problems.isEmpty() || period.isEmpty()) return problems.result(null, List.of());
    int year = period.get();
    List<Observation> pending = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (RawTable.Row row : rows.subList(headerAt + 1, rows.size())) {
      // The sheet's second table (totals by class of authority) starts with a header of its own.
      if (row.stripped(0).equalsIgnoreCase("E-code")) break;
      String kind = row.stripped(classColumn).toUpperCase(Locale.ROOT);
      if (!CLASSES.contains(kind)) continue;
      String code = row.stripped(codeColumn);
      if (!AreaCode.isCode(code)) {
        problems.add(row.line(), "ONS Code", code, "import.area.notGss");
        continue;
      }
      Optional<Area> area = context.areas().match(code, year);
      if (area.isEmpty()) {
        problems.add(row.line(), "ONS Code", code, "import.area.unknownCode");
        continue;
      }
      Long earlier = seen.putIfAbsent(area.get().code().value(), row.line());
      if (earlier != null) {
        problems.add(row.line(), "ONS Code", code, "import.row.secondFor", code, earlier);
        continue;
      }
      for (int i = 0; i < spec.columns().size(); i++) {
        OutturnColumn column = spec.columns().get(i);
        if (valueColumns.get(i) < 0) continue;   // an optional column this workbook does not have
        String text = row.stripped(valueColumns.get(i));
        Optional<Observation> observation = cell(text, column, area.get().code(), year);
        if (observation.isEmpty()) {
          problems.add(row.line(), column(valueColumns.get(i)) + " (" + column.measure() + ")", text,
              column.code() == 3 ? "import.outturn.notThousandsNonNegative" : "import.outturn.notThousands");
        } else {
          pending.add(observation.get());
        }
      }
    }
    if (!problems.isEmpty() || pending.isEmpty()) return problems.result(null, List.of());
    String label = (year - 1) + "-" + String.format(Locale.ROOT, "%02d", year % 100);
    String id = spec.sourceStem() + "_" + (year - 1) + "_" + String.format(Locale.ROOT, "%02d", year % 100);
    List<Observation> observations = new ArrayList<>();
    for (Observation o : pending) {
      observations.add(new Observation(o.area(), o.measure(), o.period(), o.breakdown(), o.value(), o.flags(), id));
    }
    Source source = new Source(id, spec.title() + ", " + label, "Ministry of Housing, Communities and Local Government",
        Source.OGL, URL, file.getFileName().toString(), workbook.get().sha256());
    return problems.result(source, observations);
  }

  /**
   * The cell as an observation in pounds, a flagged missing value, or empty when it is neither. A cell that holds only
   * a note ({@code [note 4]}: Gateshead gave no breakdown of line 13 in 2024-25, and MHCLG allocated its total by
   * other authorities' proportions) is the authority's figure not available, as {@code [x]} is.
   */
  static Optional<Observation> cell(String text, OutturnColumn column, AreaCode area, int year) {
    String lower = text.toLowerCase(Locale.ROOT);
    Flag marker = lower.matches("\\[note \\d+\\]") ? Flag.NOT_AVAILABLE : switch (lower) {
      case "[x]" -> Flag.NOT_AVAILABLE;
      case "[z]" -> Flag.NOT_APPLICABLE;
      case "[c]" -> Flag.SUPPRESSED;
      default -> null;
    };
    if (marker != null) {
      return Optional.of(new Observation(area, column.measure(), year, "", null, EnumSet.of(marker), ""));
    }
    if (!NUMBER.matcher(text).matches()) return Optional.empty();
    double pounds = pounds(text);
    if (column.code() == 3 && pounds < 0) return Optional.empty();
    return Optional.of(new Observation(area, column.measure(), year, "", pounds, EnumSet.noneOf(Flag.class), ""));
  }

  /** £ thousand as stored in the workbook, in pounds to the penny. */
  public static double pounds(String thousands) {
    return new BigDecimal(thousands).movePointRight(3).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  /** The financial year's end (2024-25 → 2025), from the title rows or the sheet names. */
  private static Optional<Integer> period(List<RawTable.Row> titles, List<String> sheets, Problems problems) {
    List<String> texts = new ArrayList<>();
    titles.forEach(row -> texts.add(row.stripped(0)));
    texts.addAll(sheets);
    for (String text : texts) {
      Matcher m = FINANCIAL_YEAR.matcher(text);
      while (m.find()) {
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 == Integer.parseInt(m.group(2))) return Optional.of(start + 1);
      }
    }
    problems.addFile("import.outturn.noYear");
    return Optional.empty();
  }

  /**
   * Each column's heading as "service line|code" (lower case, notes and spacing removed), or the plain heading for
   * columns without a code (E-code, ONS Code, Class …).
   */
  private static List<String> headings(RawTable.Row header, RawTable.Row above) {
    boolean twoRows = above != null && above.line() == header.line() - 1 && above.stripped(5).isEmpty()
        && above.stripped(0).isEmpty() && above.fields().stream().skip(7).anyMatch(f -> !f.isBlank() && !NUMBER.matcher(f.strip()).matches());
    List<String> headings = new ArrayList<>();
    String service = "";
    for (int j = 0; j < header.size(); j++) {
      String text = header.stripped(j);
      if (twoRows && !above.stripped(j).isEmpty()) service = above.stripped(j);
      Matcher code = CODE.matcher(text);
      if (j >= 7 && code.find()) {
        String line = twoRows ? service : text.substring(0, code.start()).strip();
        if (!twoRows) {
          int dash = line.lastIndexOf(" - ");
          line = dash < 0 ? "" : line.substring(0, dash);
        }
        headings.add(key(line, Integer.parseInt(code.group(1))));
      } else {
        headings.add(normal(text));
      }
    }
    return headings;
  }

  static String key(String service, int code) {
    return normal(service) + "|" + code;
  }

  private static String normal(String text) {
    return text.replace('’', '\'').replaceAll("\\[note \\d+\\]", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  private static int column(List<String> headings, String name, RawTable.Row header, Problems problems) {
    int index = headings.indexOf(normal(name));
    if (index < 0) problems.add(header.line(), name, "", "import.column.missingFromHeader", name);
    return Math.max(index, 0);
  }

  private static String column(int index) {
    return uk.lacexplorer.imports.read.Workbook.column(index);
  }
}
