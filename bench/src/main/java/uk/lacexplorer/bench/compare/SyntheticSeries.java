package uk.lacexplorer.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import uk.lacexplorer.stats.changepoint.SeriesPoint;
import uk.lacexplorer.stats.funnel.FunnelUnit;
import uk.lacexplorer.stats.shrinkage.AreaCount;

/**
 * 175 synthetic authorities (about Wales and England together), each with 16 yearly counts 2003–2018: populations
 * 1,000–330,000 children, rates around 65 per 10,000 with overdispersion between authorities (gamma, shape 10), a
 * yearly trend and, for a third of them, a change in trend at a random year. Fixed seed.
 */
final class SyntheticSeries {
  static final int AUTHORITIES = 175;
  static final int FIRST_YEAR = 2003;
  static final int YEARS = 16;

  final List<List<SeriesPoint>> series = new ArrayList<>();
  final List<FunnelUnit> funnelUnits = new ArrayList<>();
  final List<AreaCount> areaCounts = new ArrayList<>();

  SyntheticSeries(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < AUTHORITIES; i++) {
      double population = Math.exp(Math.log(1_000) + random.nextDouble() * Math.log(330));
      double level = 0.0065 * gamma(random, 10);
      double slope = 0.03 * random.nextGaussian();
      boolean breaks = random.nextInt(3) == 0;
      int breakYear = FIRST_YEAR + 3 + random.nextInt(YEARS - 6);
      double change = breaks ? 0.1 * random.nextGaussian() : 0;
      List<SeriesPoint> points = new ArrayList<>();
      for (int t = 0; t < YEARS; t++) {
        int year = FIRST_YEAR + t;
        double rate = level * Math.exp(slope * t + change * Math.max(0, year - breakYear));
        points.add(new SeriesPoint(year, poisson(random, rate * population), population));
      }
      series.add(points);
      SeriesPoint last = points.get(YEARS - 1);
      funnelUnits.add(new FunnelUnit("A" + i, last.count(), population));
      areaCounts.add(new AreaCount("A" + i, last.count(), population));
    }
  }

  private static double gamma(Random random, int shape) {
    double sum = 0;
    for (int k = 0; k < shape; k++) sum -= Math.log(1 - random.nextDouble());
    return sum / shape;
  }

  private static double poisson(Random random, double mean) {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
