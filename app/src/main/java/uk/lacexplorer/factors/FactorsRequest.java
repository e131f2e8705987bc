package uk.lacexplorer.factors;

import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** The moderating factors of one authority (its name or code, as typed). */
public record FactorsRequest(String area) {
  public FactorsRequest {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    area = area.strip();
  }
}
