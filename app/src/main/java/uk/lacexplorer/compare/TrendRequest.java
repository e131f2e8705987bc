package uk.lacexplorer.compare;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** An authority's trend: which authority (a name or code, as typed) and how its series is counted. */
public record TrendRequest(String area, SeriesRequest series) {
  public TrendRequest {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    area = area.strip();
    Objects.requireNonNull(series, "series");
  }
}
