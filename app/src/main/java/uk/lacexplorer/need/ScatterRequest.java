package uk.lacexplorer.need;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/** The rate of {@code y} per 10,000 against one need factor {@code x}, for one year. */
public record ScatterRequest(NationScope scope, int year, MeasureId y, MeasureId x, Integer covariateYear,
                             boolean skipMissing) {
  public ScatterRequest {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(y, "y");
    Objects.requireNonNull(x, "x");
  }

  /** As typed: {@code nation} (default wales), {@code year}, {@code x}, {@code y}, {@code covariate-year}, {@code skip-missing}. */
  public static ScatterRequest parse(String nation, String year, String x, String y, String covariateYear,
                                     boolean skipMissing) {
    Integer chosen = Choices.integer("year", year, null);
    if (chosen == null) throw UserError.of("error.option.required", Arg.option("year"));
    return new ScatterRequest(NationScope.parse(nation, NationScope.WALES), chosen,
        MeasureId.parse("y", y, MeasureId.LOOKED_AFTER), MeasureId.parse("x", x, null),
        Choices.integer("covariate-year", covariateYear, null), skipMissing);
  }

  NeedRequest need() {
    return new NeedRequest(scope, year, y, List.of(x), covariateYear, skipMissing);
  }
}
