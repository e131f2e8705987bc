package uk.lacexplorer.cli;

import picocli.CommandLine.Option;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.stats.funnel.FunnelOptions;

/** The funnel options of the need-adjusted model's funnel of ratios, named as {@code ./lacx funnel} names them. */
public final class FunnelOptionsMixin {
  @Option(names = "--limits", paramLabel = "exact|phe|normal",
      description = "Funnel of ratios: control limits, as ./lacx funnel (default: " + FunnelRequest.DEFAULT_LIMITS + ").")
  String limits;

  @Option(names = "--overdispersion", paramLabel = "none|multiplicative|additive", description = "Funnel of ratios: "
      + "widen the limits for overdispersion when phi > 1 (default: " + FunnelRequest.DEFAULT_OVERDISPERSION + ").")
  String overdispersion;

  @Option(names = "--scale", paramLabel = "sqrt|log",
      description = "Funnel of ratios: scale of the z-scores for phi (default: " + FunnelRequest.DEFAULT_SCALE + ").")
  String scale;

  public FunnelOptions options() {
    return FunnelRequest.options(limits, overdispersion, scale);
  }
}
