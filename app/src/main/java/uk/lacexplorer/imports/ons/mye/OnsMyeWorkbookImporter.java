package uk.lacexplorer.imports.ons.mye;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable;
import uk.lacexplorer.imports.read.Workbook;
import uk.lacexplorer.imports.read.Years;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * The ONS mid-year estimates workbook ({@code mye23tablesew.xlsx}, sheet {@code MYE2 - Persons}): the population
 * aged 0–17 (the sum of the single-year columns 0 … 17) of Wales and its 22 authorities, as {@code population_0_17}
 * for the mid-year. Only the Welsh rows are read (England's authorities come from the DfE and ONS series already in
 * the dataset); every Welsh row must be a known area with whole, non-negative counts, and all 22 must be there.
 */
public final class OnsMyeWorkbookImporter implements Importer {
  public static final String KIND = "ons-mye-workbook-wales";
  private static final Pattern TWO_DIGIT = Pattern.compile("mye(\\d\\d)", Pattern.CASE_INSENSITIVE);
  private static final int WELSH_AUTHORITIES = 22;

  @Override
  public String kind() {
    return KIND;
  }

  @Override
  public String description() {
    return "ONS mid-year estimates workbook (mye23tablesew.xlsx, MYE2 - Persons): Wales and its authorities aged 0-17";
  }

  @Override
  public ImportResult read(Path file, ImportContext context) {
    Problems problems = new Problems(file);
    Optional<Integer> year = year(file, context, problems);
    Optional<Workbook> workbook = Workbook.open(file, problems);
    if (workbook.isEmpty() || year.isEmpty()) return problems.result(null, List.of());
    Optional<List<RawTable.Row>> rows = workbook.get().sheet("MYE2 - Persons", problems);
    if (rows.isEmpty()) return problems.result(null, List.of());
    int headerIndex = -1;
    for (int i = 0; i < rows.get().size(); i++) {
      if (rows.get().get(i).stripped(0).equals("Code")) {
        headerIndex = i;
        break;
      }
    }
    if (headerIndex < 0) {
      problems.addFile("import.mye.noHeader");
      return problems.result(null, List.of());
    }
    RawTable.Row header = rows.get().get(headerIndex);
    List<Integer> ages = new ArrayList<>();
    for (int age = 0; age <= 17; age++) {
      int index = header.fields().stream().map(String::strip).toList().indexOf(Integer.toString(age));
      if (index < 0) {
        problems.add(header.line(), Integer.toString(age), "", "import.ages.columnMissing", age);
        return problems.result(null, List.of());
      }
      ages.add(index);
    }
    String sourceId = "ons_mye_workbook_wales_" + year.get();
    List<Observation> observations = new ArrayList<>();
    int authorities = 0;
    for (RawTable.Row row : rows.get().subList(headerIndex + 1, rows.get().size())) {
      String code = row.stripped(0).toUpperCase(Locale.ROOT);
      if (!code.startsWith("W06") && !code.startsWith("W92")) continue;
      Optional<Area> area = AreaCode.isCode(code) ? context.areas().find(AreaCode.parse(code)) : Optional.empty();
      if (area.isEmpty()) {
        problems.add(row.line(), "Code", code, "import.area.unknownWelshCode");
        continue;
      }
      double sum = 0;
      boolean ok = true;
      for (int column : ages) {
        Optional<Double> value = Cells.number(row.field(column), row.line(), header.stripped(column), problems);
        if (value.isPresent() && (value.get() < 0 || value.get() != Math.rint(value.get()))) {
          problems.add(row.line(), header.stripped(column), row.stripped(column), "import.cell.notPeople");
          ok = false;
        } else if (value.isEmpty()) {
          ok = false;
        } else {
          sum += value.get();
        }
      }
      if (!ok) continue;
      if (code.startsWith("W06")) authorities++;
      observations.add(new Observation(area.get().code(), "population_0_17", year.get(), "", sum, null, sourceId));
    }
    if (problems.isEmpty() && authorities != WELSH_AUTHORITIES) {
      problems.addFile("import.mye.authorities", authorities, WELSH_AUTHORITIES);
    }
    Source source = new Source(sourceId, "ONS mid-year population estimates, England and Wales, mid-" + year.get()
        + " (MYE2, persons): Wales aged 0 to 17", "Office for National Statistics", Source.OGL,
        "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration/populationestimates",
        file.getFileName().toString(), workbook.get().sha256());
    return problems.result(source, observations);
  }

  /** The mid-year: the {@code year=} option, or 20YY from a name such as {@code mye23tablesew.xlsx}. */
  private static Optional<Integer> year(Path file, ImportContext context, Problems problems) {
    Optional<Integer> option = Years.option(context, problems);
    if (option.isPresent()) return option;
    Matcher matcher = TWO_DIGIT.matcher(file.getFileName().toString());
    if (matcher.find()) return Optional.of(2000 + Integer.parseInt(matcher.group(1)));
    problems.addFile("import.year.noMidYear", 2023);
    return Optional.empty();
  }
}
