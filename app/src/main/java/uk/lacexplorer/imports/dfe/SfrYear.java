package uk.lacexplorer.imports.dfe;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.Problem;

/**
 * The year (ending 31 March) an SFR file is about. In order: the {@code year} option; a year in the file name
 * ({@code SFR20_CLA2012.csv}, {@code SFR27_2010_March.csv}); a folder named by the year; the year in the main
 * column's name ({@code CLA_Mar2012}). Column names are last because DfE did not always update them (the 2015
 * starters file still says {@code CLA_started2014}); a disagreement is reported as a warning.
 */
final class SfrYear {
  private static final Pattern YEAR_IN_NAME = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)(?!\\d)");
  private static final Pattern FOLDER = Pattern.compile("(19|20)\\d\\d");

  private SfrYear() {
  }

  /**
   * @param columnYear the year in the main column's name, if any
   * @return the year, or empty with a problem added when nothing gives one
   */
  static OptionalInt of(Path file, ImportContext context, OptionalInt columnYear, String column,
                        List<Problem> problems, List<Problem> warnings) {
    String name = file.getFileName().toString();
    Optional<String> option = context.option("year");
    if (option.isPresent()) {
      OptionalInt year = DfeYears.yearEnding31March(option.get());
      if (year.isEmpty()) problems.add(Problem.ofFile(name, "import.year.optionNotSfrYear", option.get()));
      return year;
    }
    OptionalInt fromPath = fromPath(file);
    if (fromPath.isPresent()) {
      if (columnYear.isPresent() && columnYear.getAsInt() != fromPath.getAsInt()) {
        warnings.add(Problem.at(name, 1, column, column, "import.year.columnDisagrees", columnYear.getAsInt(),
            fromPath.getAsInt()));
      }
      return fromPath;
    }
    if (columnYear.isPresent()) return columnYear;
    problems.add(Problem.ofFile(name, "import.year.cannotTell"));
    return OptionalInt.empty();
  }

  private static OptionalInt fromPath(Path file) {
    Matcher inName = YEAR_IN_NAME.matcher(file.getFileName().toString());
    if (inName.find()) return OptionalInt.of(Integer.parseInt(inName.group(1)));
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && folder.getFileName() != null && FOLDER.matcher(folder.getFileName().toString()).matches()) {
      return OptionalInt.of(Integer.parseInt(folder.getFileName().toString()));
    }
    return OptionalInt.empty();
  }
}
