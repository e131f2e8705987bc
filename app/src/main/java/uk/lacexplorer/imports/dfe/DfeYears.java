package uk.lacexplorer.imports.dfe;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** DfE's {@code time_period}: {@code 2023} or {@code 202223}, both meaning the year ending 31 March 2023. */
final class DfeYears {
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
  private static final Pattern FINANCIAL_YEAR = Pattern.compile("((?:19|20)\\d\\d)(\\d\\d)");

  private DfeYears() {
  }

  /** The year ending 31 March, or empty when the text is neither form (or {@code 202224}, which is not one year). */
  static OptionalInt yearEnding31March(String timePeriod) {
    String text = timePeriod == null ? "" : timePeriod.strip();
    if (YEAR.matcher(text).matches()) return OptionalInt.of(Integer.parseInt(text));
    Matcher financial = FINANCIAL_YEAR.matcher(text);
    if (financial.matches()) {
      int start = Integer.parseInt(financial.group(1));
      int end = Integer.parseInt(financial.group(2));
      if ((start + 1) % 100 == end) return OptionalInt.of(start + 1);
    }
    return OptionalInt.empty();
  }
}
