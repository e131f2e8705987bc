package uk.lacexplorer.projection;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** A projection for one authority (name or code as typed) over 1–10 years, with an optional scenario. */
public record ProjectionRequest(String area, int horizon, Scenario scenario) {
  public ProjectionRequest {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    area = area.strip();
    if (horizon < 1 || horizon > 10) throw UserError.of("error.projection.horizon", horizon);
    Objects.requireNonNull(scenario, "scenario");
  }

  public static ProjectionRequest parse(String area, String horizon, Scenario scenario) {
    int years = 5;
    if (horizon != null && !horizon.isBlank()) {
      try {
        years = Integer.parseInt(horizon.strip());
      } catch (NumberFormatException e) {
        throw UserError.of("error.projection.horizonText", horizon);
      }
    }
    return new ProjectionRequest(area, years, scenario == null ? Scenario.NONE : scenario);
  }
}
