package uk.lacexplorer.need;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.i18n.UserError;

/**
 * What an analysis reads: the authorities of {@code scope}, their {@code measure} counts in {@code year} with the
 * population aged 0–17, and the covariates (measure ids) in {@code covariateYear}, or each covariate's nearest year
 * with data when it is null. Authorities missing a covariate are refused (naming them) unless {@code skipMissing},
 * when they are left out and listed in the table's notes.
 */
public record NeedRequest(NationScope scope, int year, String measure, List<String> covariates, Integer covariateYear,
                          boolean skipMissing) {
  public static final String LOOKED_AFTER = "children_looked_after";

  public NeedRequest {
    Objects.requireNonNull(scope, "scope");
    measure = measure == null ? LOOKED_AFTER : measure;
    covariates = covariates == null ? List.of() : List.copyOf(covariates);
    if (covariates.stream().distinct().count() != covariates.size()) {
      throw new UserError("a covariate is named twice in " + String.join(",", covariates));
    }
  }

  public static NeedRequest of(NationScope scope, int year, List<String> covariates) {
    return new NeedRequest(scope, year, LOOKED_AFTER, covariates, null, false);
  }

  public NeedRequest withYear(int otherYear) {
    return new NeedRequest(scope, otherYear, measure, covariates, covariateYear, skipMissing);
  }

  public NeedRequest withCovariates(List<String> others) {
    return new NeedRequest(scope, year, measure, others, covariateYear, skipMissing);
  }

  public NeedRequest withScope(NationScope other) {
    return new NeedRequest(other, year, measure, covariates, covariateYear, skipMissing);
  }
}
