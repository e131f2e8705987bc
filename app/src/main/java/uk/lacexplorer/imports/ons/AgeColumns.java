package uk.lacexplorer.imports.ons;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.read.Cells;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Years;

/** Wide population tables with one column per single year of age ({@code 0} … {@code 90+}): summing ages 0–17. */
final class AgeColumns {
  private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("population(\\d\\d)_");
  private final List<Integer> columns;
  private final Row header;

  private AgeColumns(List<Integer> columns, Row header) {
    this.columns = columns;
    this.header = header;
  }

  /** The columns named 0 … 17; a header without all of them is a problem. */
  static Optional<AgeColumns> find(Row header, Problems problems) {
    List<Integer> columns = new ArrayList<>();
    for (int age = 0; age <= 17; age++) {
      int index = header.fields().stream().map(String::strip).toList().indexOf(Integer.toString(age));
      if (index < 0) {
        problems.add(header.line(), Integer.toString(age), "", "import.ages.singleYearMissing", age);
        return Optional.empty();
      }
      columns.add(index);
    }
    return Optional.of(new AgeColumns(columns, header));
  }

  /** The sum of ages 0–17 in a row, or empty (with problems) when a cell is not a number. */
  Optional<Double> sum(Row row, Problems problems) {
    return sum(row, 0, 17, problems);
  }

  /** The sum of single years of age {@code from}–{@code to} (within 0–17) in a row, or empty (with problems). */
  Optional<Double> sum(Row row, int from, int to, Problems problems) {
    if (row.size() != header.size()) {
      problems.add(row.line(), Integer.toString(row.size()), row.field(row.size() - 1),
          "import.row.fieldsLikeHeader", header.size(), row.size());
      return Optional.empty();
    }
    double sum = 0;
    boolean ok = true;
    for (int column : columns.subList(from, to + 1)) {
      Optional<Double> value = Cells.number(row.field(column), row.line(), header.stripped(column), problems);
      if (value.isEmpty()) ok = false;
      else sum += value.get();
    }
    return ok ? Optional.of(sum) : Optional.empty();
  }

  /** The mid-year: the {@code year=} option, or 20YY from a demographr name such as {@code population19_ltla19.csv}. */
  static Optional<Integer> year(Path file, ImportContext context, Problems problems) {
    Optional<Integer> option = Years.option(context, problems);
    if (option.isPresent()) return option;
    Matcher matcher = TWO_DIGIT_YEAR.matcher(file.getFileName().toString());
    if (matcher.find()) return Optional.of(2000 + Integer.parseInt(matcher.group(1)));
    problems.addFile("import.year.noMidYear", 2019);
    return Optional.empty();
  }
}
