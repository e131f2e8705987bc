package uk.lacexplorer.measure;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something that is measured for an area and a period.
 *
 * @param id stable snake_case identifier, e.g. {@code children_looked_after}
 * @param label short English label
 * @param labelCy short Welsh label
 * @param unit the values' unit
 * @param period what the period number means, e.g. "31 March of the year" or "WIMD edition year"
 * @param definition what is counted, in a sentence or two
 * @param source the official source in words
 * @param denominator the measure a count is divided by to make a rate, or {@code null}
 */
public record Measure(String id, String label, String labelCy, Unit unit, String period, String definition,
                      String source, String denominator) {
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

  public Measure {
    Objects.requireNonNull(id, "id");
    if (!SNAKE.matcher(id).matches()) throw new IllegalArgumentException("measure id must be snake_case: " + id);
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(unit, "unit");
    labelCy = labelCy == null || labelCy.isBlank() ? label : labelCy;
    denominator = denominator == null || denominator.isBlank() ? null : denominator;
  }

  public boolean hasDenominator() {
    return denominator != null;
  }

  public String label(boolean welsh) {
    return welsh ? labelCy : label;
  }
}
