package uk.lacexplorer.compare;

import java.util.Objects;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.stats.funnel.Overdispersion;
import uk.lacexplorer.stats.funnel.Scale;

/**
 * A funnel plot of the authorities' rates: which counts, how the limits are drawn, and whether the answer is the
 * authorities (the default) or the limits as a smooth curve for drawing.
 */
public record FunnelRequest(CountRequest counts, FunnelOptions options, boolean curve) {
  public static final String DEFAULT_LIMITS = "exact";
  public static final String DEFAULT_OVERDISPERSION = "none";
  public static final String DEFAULT_SCALE = "sqrt";

  public FunnelRequest {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(options, "options");
  }

  /** The request as a user gives it, by option name; null means the default. */
  public static FunnelRequest parse(CountRequest counts, String limits, String overdispersion, String scale, boolean curve) {
    return new FunnelRequest(counts, options(limits, overdispersion, scale), curve);
  }

  /** Funnel options from {@code limits}, {@code overdispersion} and {@code scale} as typed (null: the default). */
  public static FunnelOptions options(String limits, String overdispersion, String scale) {
    return FunnelOptions.defaults()
        .with(Choices.parse("limits", limits, LimitMethod.class, LimitMethod.EXACT))
        .with(Choices.parse("overdispersion", overdispersion, Overdispersion.class, Overdispersion.AUTO))
        .with(Choices.parse("scale", scale, Scale.class, Scale.SQRT));
  }
}
