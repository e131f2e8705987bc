package uk.lacexplorer.stats.funnel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a {@link Funnel} from units. The pooled rate and the dispersion are computed over the units sorted by id, so
 * the result does not depend on the order of the input. Stateless and thread-safe.
 */
public final class FunnelPlot {
  private FunnelPlot() {
  }

  public static Funnel analyse(List<FunnelUnit> units, FunnelOptions options) {
    check(units);
    List<FunnelUnit> canonical = new ArrayList<>(units);
    canonical.sort(Comparator.comparing(FunnelUnit::id));
    double pooledRate = pooledRate(canonical);
    Dispersion dispersion = Dispersion.estimate(canonical, pooledRate, options.scale(), options.trim());
    ControlLimits limits = ControlLimits.of(pooledRate, options.limits(), options.overdispersion(), dispersion);
    List<FunnelPoint> points = new ArrayList<>();
    for (FunnelUnit unit : units) {
      Limits at = limits.at(unit.denominator());
      points.add(new FunnelPoint(unit, unit.rate(), at, Position.of(unit.rate(), at)));
    }
    return new Funnel(pooledRate, limits, points, curve(units, limits, options.curvePoints()));
  }

  static double pooledRate(List<FunnelUnit> units) {
    double observed = 0;
    double denominator = 0;
    for (FunnelUnit unit : units) {
      observed += unit.observed();
      denominator += unit.denominator();
    }
    return observed / denominator;
  }

  /** Limits at denominators spaced evenly on a log scale from half the smallest to 1.1 times the largest. */
  static List<CurvePoint> curve(List<FunnelUnit> units, ControlLimits limits, int points) {
    double smallest = units.stream().mapToDouble(FunnelUnit::denominator).min().orElseThrow();
    double largest = units.stream().mapToDouble(FunnelUnit::denominator).max().orElseThrow();
    double from = Math.log(smallest / 2);
    double to = Math.log(largest * 1.1);
    List<CurvePoint> curve = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      double denominator = Math.exp(from + (to - from) * i / (points - 1));
      curve.add(new CurvePoint(denominator, limits.at(denominator)));
    }
    return curve;
  }

  private static void check(List<FunnelUnit> units) {
    if (units.size() < 2) {
      throw new IllegalArgumentException("a funnel plot needs at least 2 units, got " + units.size());
    }
    Set<String> ids = new HashSet<>();
    for (FunnelUnit unit : units) {
      if (!ids.add(unit.id())) throw new IllegalArgumentException("duplicate unit id " + unit.id());
    }
    if (units.stream().allMatch(unit -> unit.observed() == 0)) {
      throw new IllegalArgumentException("every observed count is zero: there is no rate to compare with");
    }
  }
}
