package uk.lacexplorer.stats.trend;

import java.util.List;

/**
 * A recent-trend test.
 *
 * @param points the points used (the last five), in year order
 * @param slope weighted least-squares slope per year (NaN when it cannot be calculated)
 * @param slopeStandardError 1/√Σw(x − x̄)², with w = 1/SE² taken as known
 * @param chiSquared (slope / its standard error)²
 * @param criticalValue the χ²₁ 99.8% point, 9.5495
 * @param signStable whether the slope keeps its sign when any one point is left out
 * @param reason why it cannot be calculated, or empty
 */
public record TrendTest(List<TrendPoint> points, double slope, double slopeStandardError, double chiSquared,
                        double criticalValue, boolean signStable, TrendDirection direction, String reason) {
  public TrendTest {
    points = List.copyOf(points);
  }
}
