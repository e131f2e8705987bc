package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.stats.funnel.FunnelOptions;

/**
 * The need-adjusted model: which counts and factors, the family, whether each authority is expected from the model
 * fitted without it, and the funnel of observed/expected ratios (null for none).
 */
public record ModelRequest(NeedRequest need, ModelFamily family, boolean leaveOneOut, FunnelOptions funnel) {
  public static final String DEFAULT_FAMILY = "negbin";

  public ModelRequest {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(family, "family");
  }
}
