package uk.lacexplorer.imports.read;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.lacexplorer.imports.ImportContext;

/** Where an importer finds the year of a file that has no year column: an option, or the file's name. */
public final class Years {
  private static final Pattern FOUR_DIGITS = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");

  private Years() {
  }

  /** The {@code year=} option, if given; a value that is not a year is a problem. */
  public static Optional<Integer> option(ImportContext context, Problems problems) {
    Optional<String> text = context.option("year");
    if (text.isEmpty()) return Optional.empty();
    Matcher matcher = FOUR_DIGITS.matcher(text.get().strip());
    if (!matcher.matches()) {
      problems.add(0, "option year", text.get(), "import.year.optionNotYear");
      return Optional.empty();
    }
    return Optional.of(Integer.valueOf(text.get().strip()));
  }

  /** The last four-digit year in the file's name, e.g. 2012 in {@code CLA_31MAR_2012.csv}. */
  public static Optional<Integer> fileName(Path file) {
    Matcher matcher = FOUR_DIGITS.matcher(file.getFileName().toString());
    Integer found = null;
    while (matcher.find()) found = Integer.valueOf(matcher.group(1));
    return Optional.ofNullable(found);
  }

  /** The first four-digit year in a text such as a title line, if any. */
  public static Optional<Integer> in(String text) {
    Matcher matcher = FOUR_DIGITS.matcher(text);
    return matcher.find() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
  }
}
