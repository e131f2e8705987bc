package uk.lacexplorer.stats.funnel;

import java.util.List;

/**
 * A funnel plot: the pooled rate p0 = Σ observed / Σ denominators, the control limits, each unit's position (in the
 * order given) and a smooth curve of the limits for drawing. Rates are per unit of population. Immutable.
 */
public record Funnel(double pooledRate, ControlLimits limits, List<FunnelPoint> points, List<CurvePoint> curve) {
  public Funnel {
    points = List.copyOf(points);
    curve = List.copyOf(curve);
  }

  public Dispersion dispersion() {
    return limits.dispersion();
  }

  public long count(Position position) {
    return points.stream().filter(point -> point.position() == position).count();
  }
}
