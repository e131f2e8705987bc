package uk.lacexplorer.imports.spend;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.dfe.DfeLaNumbers;
import uk.lacexplorer.imports.read.FileBytes;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * DfE section 251 outturn of children's and young people's services (2008-09 to 2013-14), one row per authority and
 * budget line, in pounds: the line "Total Children Looked After" gives {@code spend_cla_gross} (total expenditure)
 * and {@code spend_cla_net} (net current expenditure) for the financial year, its period the year it ends. The
 * headers differ by year (2008-09 {@code LEA Number:, S52 Line Reference:, TOTAL EXPENDITURE (k)}; 2011-12 on
 * {@code LA, CYPServiceDescription, TotalExpenditure}); the authority is DfE's three-digit number; the financial year
 * is in the file name as DfE names it ({@code outturn_1314.csv} is 2013-14). All or nothing.
 */
public final class S251OutturnImporter implements Importer {
  static final String URL = "https://www.gov.uk/government/collections/section-251-materials";
  static final String LINE = "total children looked after";
  private static final Pattern YEARS = Pattern.compile("(\\d{2})(\\d{2})");
  /**
   * County councils abolished on 1 April 2009 (their last return is 2008-09), not among LAC Explorer's areas: their
   * rows are left out with a warning, not refused.
   */
  static final Map<String, String> FORMER = Map.of("820", "Bedfordshire", "875", "Cheshire");
  private static final Pattern NUMBER = Pattern.compile("-?\\d{1,15}(\\.\\d{1,6})?");

  @Override
  public String kind() {
    return "dfe-s251-outturn";
  }

  @Override
  public String description() {
    return "DfE section 251 outturn outturn_YYZZ.csv (2008-09 to 2013-14): spend on children looked after, gross and net";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    byte[] bytes = FileBytes.read(file);
    Optional<Integer> year = year(file.getFileName().toString());
    if (year.isEmpty()) {
      problems.addFile("import.s251.noYear");
      return problems.result(null, List.of());
    }
    RawTable table = RawTable.read(file, ',', problems);
    List<RawTable.Row> rows = table.rows().stream().filter(row -> !row.isBlank()).toList();
    if (rows.isEmpty()) {
      problems.addFile("import.file.emptyTable");
      return problems.result(null, List.of());
    }
    RawTable.Row header = rows.get(0);
    int line = -1;
    int gross = -1;
    int net = -1;
    for (int j = 0; j < header.size(); j++) {
      String name = letters(header.stripped(j));
      if (line < 0 && (name.contains("linereference") || name.contains("servicedescription"))) line = j;
      if (gross < 0 && name.startsWith("totalexpenditure")) gross = j;
      if (net < 0 && name.startsWith("netcurrentexpenditure")) net = j;
    }
    if (line < 0 || gross < 0 || net < 0 || !letters(header.stripped(0)).startsWith("l")) {
      problems.add(1, "", "", "import.s251.columns");
      return problems.result(null, List.of());
    }
    int period = year.get();
    List<Observation> pending = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (RawTable.Row row : rows.subList(1, rows.size())) {
      if (!budgetLine(row.stripped(line)).equals(LINE)) continue;
      String number = row.stripped(0);
      if (FORMER.containsKey(number) && period <= 2009) {
        problems.warn(row.line(), "import.warn.formerCounty", FORMER.get(number), number);
        continue;
      }
      Optional<AreaCode> code = DfeLaNumbers.code(number);
      Optional<Area> area = code.flatMap(c -> context.areas().match(c.value(), period));
      if (area.isEmpty()) {
        problems.add(row.line(), header.stripped(0), number, "import.dfe.unknownLaNumber");
        continue;
      }
      Long earlier = seen.putIfAbsent(area.get().code().value(), row.line());
      if (earlier != null) {
        problems.add(row.line(), header.stripped(0), number, "import.s251.secondRow", number, earlier);
        continue;
      }
      String[] measures = {"spend_cla_gross", "spend_cla_net"};
      int[] columns = {gross, net};
      for (int i = 0; i < 2; i++) {
        String text = row.stripped(columns[i]).replace(",", "");
        if (!NUMBER.matcher(text).matches() || (i == 0 && text.startsWith("-"))) {
          problems.add(row.line(), header.stripped(columns[i]), text,
              i == 0 ? "import.s251.notPoundsNonNegative" : "import.s251.notPounds");
          continue;
        }
        pending.add(new Observation(area.get().code(), measures[i], period, "", new BigDecimal(text).doubleValue(),
            EnumSet.noneOf(Flag.class), ""));
      }
    }
    if (!problems.isEmpty() || pending.isEmpty()) return problems.result(null, List.of());
    String label = (period - 1) + "-" + String.format(Locale.ROOT, "%02d", period % 100);
    String id = "dfe_s251_outturn_" + (period - 1) + "_" + String.format(Locale.ROOT, "%02d", period % 100);
    List<Observation> observations = new ArrayList<>();
    for (Observation o : pending) {
      observations.add(new Observation(o.area(), o.measure(), o.period(), o.breakdown(), o.value(), o.flags(), id));
    }
    Source source = new Source(id, "Section 251 outturn: children's and young people's services, " + label,
        "Department for Education", Source.OGL, URL, file.getFileName().toString(), FileBytes.sha256(bytes));
    return problems.result(source, observations);
  }

  /** The budget line's name without its number, in lower case with single spaces ("total children looked after"). */
  static String budgetLine(String text) {
    return text.replaceFirst("^\\d+\\s*", "").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
  }

  /** The year the financial year ends, from a name such as {@code outturn_1314.csv} (2013-14 → 2014). */
  static Optional<Integer> year(String name) {
    Matcher m = YEARS.matcher(name);
    while (m.find()) {
      int start = Integer.parseInt(m.group(1));
      int end = Integer.parseInt(m.group(2));
      if ((start + 1) % 100 == end) return Optional.of(2000 + end);
    }
    return Optional.empty();
  }

  private static String letters(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }
}
