package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/**
 * A need factor has no value in the chosen year for some authorities. Carries what a page needs to offer the ways
 * out as controls (another year, drop the factor, leave those authorities out); the command line names its options.
 */
public final class MissingCovariateError extends UserError {
  private final String covariate;
  private final int year;
  private final List<String> missing;

  MissingCovariateError(String covariate, int year, List<String> missing, int authorities) {
    super("error.need.missingCovariate", List.of(covariate, year, missing.size(), authorities, String.join(", ", missing),
        Arg.option("covariate-year"), Arg.option("skip-missing")));
    this.covariate = covariate;
    this.year = year;
    this.missing = List.copyOf(missing);
  }

  public String covariate() {
    return covariate;
  }

  public int year() {
    return year;
  }

  /** The authorities without a value, by name. */
  public List<String> missing() {
    return missing;
  }
}
