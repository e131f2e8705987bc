package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;

/** An authority's gap to its k neighbours' rate split into more entries and longer stays. */
public record DecomposeRequest(String area, NeedRequest need, int k, MetricChoice metric) {
  public DecomposeRequest {
    if (area == null || area.isBlank()) throw UserError.of("error.option.required", Arg.option("area"));
    area = area.strip();
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(metric, "metric");
  }
}
