package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.stats.funnel.FunnelOptions;

/**
 * The need-adjusted model: which counts and factors, the family, whether each authority is expected from the model
 * fitted without it, and the funnel of observed/expected ratios (null for none). Across both nations the model has a
 * nation term, and with {@code interactions} the nation's interaction with each factor.
 */
public record ModelRequest(NeedRequest need, ModelFamily family, boolean leaveOneOut, FunnelOptions funnel,
                           boolean interactions) {
  public static final String DEFAULT_FAMILY = "negbin";

  public ModelRequest {
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(family, "family");
    if (interactions && need.scope() != NationScope.BOTH) {
      throw uk.lacexplorer.i18n.UserError.of("error.need.interactionsBothOnly", uk.lacexplorer.i18n.Arg.option("interactions"),
          uk.lacexplorer.i18n.Arg.option("nation"));
    }
  }

  public ModelRequest(NeedRequest need, ModelFamily family, boolean leaveOneOut, FunnelOptions funnel) {
    this(need, family, leaveOneOut, funnel, false);
  }

  /** True for a model across both nations (with a nation term). */
  public boolean joint() {
    return need.scope() == NationScope.BOTH;
  }
}
