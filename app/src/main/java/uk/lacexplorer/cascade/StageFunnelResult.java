package uk.lacexplorer.cascade;

import java.util.List;

/**
 * One stage across a nation's authorities: each authority's value (per 100 of the stage before, or per 10,000
 * children) with its 95% interval and the funnel limits at its size around the pooled value.
 *
 * @param figure {@code per_100_previous} or {@code rate_per_10000}
 * @param phi the overdispersion factor (1 when not estimated)
 * @param adjusted whether the limits were widened for it
 * @param excluded authorities left out, with the reason
 */
public record StageFunnelResult(StageFunnelRequest request, String figure, String from, double target, double phi,
                                boolean adjusted, List<Point> points, List<String> excluded) {
  public StageFunnelResult {
    points = List.copyOf(points);
    excluded = List.copyOf(excluded);
  }

  public record Point(String areaCode, String areaName, double count, double base, double value, double lower,
                      double upper, double limit95Lower, double limit95Upper, double limit998Lower,
                      double limit998Upper, String position) {
  }
}
