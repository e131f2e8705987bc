package uk.lacexplorer.compare;

import java.util.List;

/**
 * A funnel plot of authorities' rates per 10,000, ready to print or to send as JSON (the web page draws it from this
 * record: points, limit curve and notes). Rates and limits are per 10,000.
 *
 * @param pooledRatePer10k p0: Σ counts / Σ populations of the authorities plotted
 * @param publishedRatePer10k the nation's own published count over its population (one nation only), else null
 * @param method the control-limit method in words
 * @param denominators the population series and years used, per nation
 * @param excluded authorities left out (no count or no population), as "name (reason)"
 */
public record FunnelResult(FunnelRequest request, String measure, int year, List<String> nations, String limits, String overdispersion,
                           String method, double pooledRatePer10k, Double publishedRatePer10k, Dispersion dispersion,
                           List<String> denominators, List<Point> points, List<CurvePoint> curve,
                           List<String> excluded) {
  public FunnelResult {
    nations = List.copyOf(nations);
    denominators = List.copyOf(denominators);
    points = List.copyOf(points);
    curve = List.copyOf(curve);
    excluded = List.copyOf(excluded);
  }

  /**
   * The dispersion estimate (Spiegelhalter 2005 / FunnelPlotR).
   *
   * @param units N used
   * @param adjusted whether the limits were widened (only when asked for and φ &gt; 1)
   */
  public record Dispersion(String scale, double phi, double tau2, int units, boolean adjusted) {
  }

  /** One authority: its count, population, rate, limits at its population and position. */
  public record Point(String areaCode, String areaName, String areaNameCy, String nation, double observed,
                      double denominator, double ratePer10k, double targetRate, double lower95, double upper95,
                      double lower998, double upper998, String position, boolean rounded) {
  }

  /** The limits at one population, for drawing the funnel. */
  public record CurvePoint(double denominator, double lower95, double upper95, double lower998, double upper998) {
  }

  public List<Point> at(String position) {
    return points.stream().filter(point -> point.position().equals(position)).toList();
  }
}
