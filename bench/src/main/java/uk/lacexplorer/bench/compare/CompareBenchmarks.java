package uk.lacexplorer.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.lacexplorer.stats.changepoint.ChangePoints;
import uk.lacexplorer.stats.changepoint.SegmentedPoisson;
import uk.lacexplorer.stats.changepoint.SeriesPoint;
import uk.lacexplorer.stats.funnel.Funnel;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.FunnelPlot;
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.stats.funnel.Overdispersion;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.stats.rate.RateDifference;
import uk.lacexplorer.stats.shrinkage.PoissonGammaShrinkage;
import uk.lacexplorer.stats.shrinkage.Shrinkage;
import uk.lacexplorer.stats.trend.RecentTrend;
import uk.lacexplorer.stats.trend.TrendPoint;
import uk.lacexplorer.stats.trend.TrendTest;

/**
 * Each comparison over 175 synthetic authorities, as the commands compute it (warm, one thread): a funnel with its
 * limits at every authority and a 100-point curve; the recent-trend test, change points and the change between two
 * years for every authority; shrinkage of all 175. Short runs: 1 fork, 3 warm-up and 5 measured iterations of 1 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CompareBenchmarks {
  private SyntheticSeries data;

  @Setup
  public void setUp() {
    data = new SyntheticSeries(20250607L);
  }

  @Benchmark
  public Funnel funnelExact() {
    return FunnelPlot.analyse(data.funnelUnits, FunnelOptions.defaults());
  }

  @Benchmark
  public Funnel funnelPhe() {
    return FunnelPlot.analyse(data.funnelUnits, FunnelOptions.defaults().with(LimitMethod.PHE));
  }

  @Benchmark
  public Funnel funnelAdditiveOverdispersion() {
    return FunnelPlot.analyse(data.funnelUnits, FunnelOptions.defaults().with(Overdispersion.ADDITIVE));
  }

  @Benchmark
  public List<TrendTest> trendEveryAuthority() {
    List<TrendTest> tests = new ArrayList<>();
    for (List<SeriesPoint> series : data.series) {
      List<TrendPoint> points = new ArrayList<>();
      for (SeriesPoint point : series) {
        if (point.count() > 0) points.add(TrendPoint.rate(point.year(), point.count(), point.population(), 10_000));
      }
      tests.add(RecentTrend.test(points));
    }
    return tests;
  }

  @Benchmark
  public List<ChangePoints> changePointsEveryAuthority() {
    List<ChangePoints> found = new ArrayList<>();
    for (List<SeriesPoint> series : data.series) found.add(SegmentedPoisson.detect(series, 3));
    return found;
  }

  @Benchmark
  public Shrinkage shrinkage() {
    return PoissonGammaShrinkage.estimate(data.areaCounts, 0.95);
  }

  @Benchmark
  public List<RateDifference> changeEveryAuthority() {
    List<RateDifference> changes = new ArrayList<>();
    for (List<SeriesPoint> series : data.series) {
      SeriesPoint from = series.get(2);
      SeriesPoint to = series.get(8);
      changes.add(RateDifference.of(from.count(), from.population(), to.count(), to.population(), 10_000,
          PoissonInterval.BYARS_EXACT_BELOW_10, 0.95));
    }
    return changes;
  }
}
