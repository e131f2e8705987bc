package uk.lacexplorer.need;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/**
 * What an analysis reads: the authorities of {@code scope}, their {@code measure} counts in {@code year} with the
 * population aged 0–17, and the covariates (measure ids) in {@code covariateYear}, or each covariate's nearest year
 * with data when it is null. Authorities missing a covariate are refused (naming them) unless {@code skipMissing},
 * when they are left out and listed in the table's notes.
 */
public record NeedRequest(NationScope scope, int year, MeasureId measure, List<MeasureId> covariates,
                          Integer covariateYear, boolean skipMissing) {
  public static final MeasureId LOOKED_AFTER = MeasureId.LOOKED_AFTER;

  public NeedRequest {
    Objects.requireNonNull(scope, "scope");
    measure = measure == null ? LOOKED_AFTER : measure;
    covariates = covariates == null ? List.of() : List.copyOf(covariates);
    if (covariates.stream().distinct().count() != covariates.size()) {
      throw UserError.of("error.need.covariateTwice", String.join(",", names(covariates)));
    }
  }

  /** The covariates' ids as text, in order (the names the tables and answers show). */
  public List<String> covariateNames() {
    return names(covariates);
  }

  private static List<String> names(List<MeasureId> ids) {
    return ids.stream().map(MeasureId::value).toList();
  }

  /**
   * The need options as typed ({@code year}, {@code covariates} comma-separated, {@code covariate-year},
   * {@code measure}, {@code skip-missing}); null means the default (the year is required).
   */
  public static NeedRequest parse(NationScope scope, String year, String covariates, String covariateYear,
                                  String measure, boolean skipMissing) {
    Integer chosen = Choices.integer("year", year, null);
    if (chosen == null) throw UserError.of("error.option.required", Arg.option("year"));
    List<MeasureId> factors = covariates == null ? List.of()
        : java.util.Arrays.stream(covariates.split(",")).map(String::strip).filter(f -> !f.isEmpty())
            .map(factor -> MeasureId.parse("covariates", factor, null)).toList();
    return new NeedRequest(scope, chosen, MeasureId.parse("measure", measure, MeasureId.LOOKED_AFTER), factors,
        Choices.integer("covariate-year", covariateYear, null), skipMissing);
  }

  public static NeedRequest of(NationScope scope, int year, List<MeasureId> covariates) {
    return new NeedRequest(scope, year, LOOKED_AFTER, covariates, null, false);
  }

  public NeedRequest withYear(int otherYear) {
    return new NeedRequest(scope, otherYear, measure, covariates, covariateYear, skipMissing);
  }

  public NeedRequest withCovariates(List<MeasureId> others) {
    return new NeedRequest(scope, year, measure, others, covariateYear, skipMissing);
  }

  public NeedRequest withScope(NationScope other) {
    return new NeedRequest(other, year, measure, covariates, covariateYear, skipMissing);
  }
}
