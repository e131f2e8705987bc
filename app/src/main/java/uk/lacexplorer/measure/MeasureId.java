package uk.lacexplorer.measure;

import java.util.regex.Pattern;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/**
 * The identifier of a measure, such as {@code children_looked_after}: snake_case, checked once. Whether the catalogue
 * knows it is checked by {@link MeasureCatalogue#get(MeasureId)}.
 */
public record MeasureId(String value) {
  private static final Pattern SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
  public static final MeasureId LOOKED_AFTER = new MeasureId("children_looked_after");

  public MeasureId {
    if (value == null || !SNAKE.matcher(value).matches()) {
      throw new IllegalArgumentException("a measure id is snake_case: " + value);
    }
  }

  /** A measure id as a user typed it for an option (e.g. {@code measure}), or {@code fallback} when absent. */
  public static MeasureId parse(String option, String text, MeasureId fallback) {
    if (text == null || text.isBlank()) {
      if (fallback != null) return fallback;
      throw UserError.of("error.option.required", Arg.option(option));
    }
    String id = text.strip();
    if (!SNAKE.matcher(id).matches()) throw UserError.of("error.measure.unknown", Choices.shorten(id));
    return new MeasureId(id);
  }

  @Override
  public String toString() {
    return value;
  }
}
