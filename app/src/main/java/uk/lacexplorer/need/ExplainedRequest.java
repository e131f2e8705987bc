package uk.lacexplorer.need;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/**
 * Variation explained by need year by year: the counts of {@code measure}, the factors (deprivation first) and the
 * years (all with data when null).
 */
public record ExplainedRequest(NationScope scope, MeasureId measure, List<MeasureId> covariates, Integer from,
                               Integer to, boolean skipMissing) {
  public ExplainedRequest {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(measure, "measure");
    covariates = List.copyOf(covariates);
    if (covariates.isEmpty()) throw UserError.of("error.need.deprivationFirst", Arg.option("covariates"));
    if (from != null && to != null && from > to) {
      throw UserError.of("error.events.order", Arg.option("from"), from, Arg.option("to"), to);
    }
  }

  public static ExplainedRequest parse(String nation, String covariates, String from, String to, String measure,
                                       boolean skipMissing) {
    List<MeasureId> factors = covariates == null ? List.of()
        : java.util.Arrays.stream(covariates.split(",")).map(String::strip).filter(f -> !f.isEmpty())
            .map(factor -> MeasureId.parse("covariates", factor, null)).toList();
    return new ExplainedRequest(NationScope.parse(nation), MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER),
        factors, Choices.integer("from", from, null), Choices.integer("to", to, null), skipMissing);
  }
}
