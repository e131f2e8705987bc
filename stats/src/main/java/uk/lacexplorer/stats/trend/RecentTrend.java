package uk.lacexplorer.stats.trend;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;

/**
 * The recent-trend test as Fingertips applies it to rates: the last five points, a weighted least-squares line with
 * weights 1/SE², and a χ² test of its slope (slope²/Var(slope), Var(slope) = 1/Σw(x − x̄_w)²) against the 99.8% point
 * of χ²₁ (9.5495). A significant slope counts only when its sign is the same with each one of the five points left
 * out. Stateless and thread-safe.
 */
public final class RecentTrend {
  public static final int POINTS = 5;
  public static final double CRITICAL_998 = new ChiSquaredDistribution(1).inverseCumulativeProbability(0.998);

  private RecentTrend() {
  }

  public static TrendTest test(List<TrendPoint> series) {
    List<TrendPoint> sorted = new ArrayList<>(series);
    sorted.sort(Comparator.comparingInt(TrendPoint::year));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).year() == sorted.get(i - 1).year()) {
        throw new IllegalArgumentException("two points for " + sorted.get(i).year());
      }
    }
    if (sorted.size() < POINTS) {
      return notCalculated(sorted, "fewer than " + POINTS + " points (" + sorted.size() + ")");
    }
    List<TrendPoint> last = sorted.subList(sorted.size() - POINTS, sorted.size());
    if (last.stream().anyMatch(point -> point.standardError() == 0)) {
      return notCalculated(last, "a point has a standard error of zero (a count of zero)");
    }
    double[] fit = slope(last);
    double chiSquared = fit[0] * fit[0] / fit[1];
    boolean stable = true;
    for (int left = 0; left < last.size(); left++) {
      List<TrendPoint> rest = new ArrayList<>(last);
      rest.remove(left);
      if (Math.signum(slope(rest)[0]) != Math.signum(fit[0])) stable = false;
    }
    TrendDirection direction = chiSquared > CRITICAL_998 && stable
        ? (fit[0] > 0 ? TrendDirection.INCREASING : TrendDirection.DECREASING)
        : TrendDirection.NO_SIGNIFICANT_CHANGE;
    return new TrendTest(last, fit[0], Math.sqrt(fit[1]), chiSquared, CRITICAL_998, stable, direction, "");
  }

  /** {slope, variance of the slope} of the weighted least-squares line with weights 1/SE². */
  static double[] slope(List<TrendPoint> points) {
    double sumWeights = 0;
    double sumX = 0;
    double sumY = 0;
    for (TrendPoint point : points) {
      double weight = 1 / (point.standardError() * point.standardError());
      sumWeights += weight;
      sumX += weight * point.year();
      sumY += weight * point.value();
    }
    double meanX = sumX / sumWeights;
    double meanY = sumY / sumWeights;
    double sxx = 0;
    double sxy = 0;
    for (TrendPoint point : points) {
      double weight = 1 / (point.standardError() * point.standardError());
      sxx += weight * (point.year() - meanX) * (point.year() - meanX);
      sxy += weight * (point.year() - meanX) * (point.value() - meanY);
    }
    return new double[] {sxy / sxx, 1 / sxx};
  }

  private static TrendTest notCalculated(List<TrendPoint> points, String reason) {
    return new TrendTest(points, Double.NaN, Double.NaN, Double.NaN, CRITICAL_998, false,
        TrendDirection.CANNOT_BE_CALCULATED, reason);
  }
}
