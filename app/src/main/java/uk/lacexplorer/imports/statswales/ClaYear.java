package uk.lacexplorer.imports.statswales;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.read.Problems;
import uk.lacexplorer.imports.read.RawTable.Row;
import uk.lacexplorer.imports.read.Years;

/**
 * The year (31 March of it) a StatsWales children-looked-after export describes: from its own title or filter lines
 * when they name it ("Year: 2012", "at 31 March 2012"), else the {@code year=} option, else the file's name.
 */
final class ClaYear {
  private static final Pattern YEAR_LINE = Pattern.compile("(?i).*(year|31 march|census).*");

  private ClaYear() {
  }

  static Optional<Integer> find(Path file, List<Row> headerRows, ImportContext context, Problems problems) {
    Optional<Integer> option = Years.option(context, problems);
    for (Row row : headerRows) {
      String text = String.join(" ", row.fields()).strip();
      if (!YEAR_LINE.matcher(text).matches()) continue;
      Optional<Integer> titled = Years.in(text);
      if (titled.isPresent()) {
        if (option.isPresent() && !option.get().equals(titled.get())) {
          problems.add(row.line(), "title", text, "import.year.titleDisagrees", titled.get(), option.get());
        }
        return titled;
      }
    }
    if (option.isPresent()) return option;
    Optional<Integer> named = Years.fileName(file);
    if (named.isEmpty()) {
      problems.addFile("import.year.noMarchYear");
    }
    return named;
  }
}
