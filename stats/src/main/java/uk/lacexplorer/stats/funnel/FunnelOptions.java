package uk.lacexplorer.stats.funnel;

import java.util.Objects;

/**
 * How to draw a funnel plot.
 *
 * @param trim the share winsorised at each end before φ is estimated (FunnelPlotR's {@code trim_by}, default 0.1)
 * @param curvePoints how many denominators the smooth limit curve has
 */
public record FunnelOptions(LimitMethod limits, Overdispersion overdispersion, Scale scale, double trim, int curvePoints) {
  public FunnelOptions {
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(overdispersion, "overdispersion");
    Objects.requireNonNull(scale, "scale");
    if (!(trim >= 0 && trim < 0.5)) throw new IllegalArgumentException("trim must lie in [0, 0.5): " + trim);
    if (curvePoints < 2) throw new IllegalArgumentException("the curve needs at least 2 points: " + curvePoints);
  }

  /** Exact limits, no overdispersion adjustment, square-root scale for φ, 10% winsorising, 100 curve points. */
  public static FunnelOptions defaults() {
    return new FunnelOptions(LimitMethod.EXACT, Overdispersion.NONE, Scale.SQRT, 0.1, 100);
  }

  public FunnelOptions with(LimitMethod method) {
    return new FunnelOptions(method, overdispersion, scale, trim, curvePoints);
  }

  public FunnelOptions with(Overdispersion value) {
    return new FunnelOptions(limits, value, scale, trim, curvePoints);
  }

  public FunnelOptions with(Scale value) {
    return new FunnelOptions(limits, overdispersion, value, trim, curvePoints);
  }
}
