package uk.lacexplorer.cascade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.compare.AuthorityCount;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.CountTable;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.stats.funnel.Funnel;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.FunnelPlot;
import uk.lacexplorer.stats.funnel.FunnelPoint;
import uk.lacexplorer.stats.funnel.FunnelUnit;
import uk.lacexplorer.stats.funnel.Limits;
import uk.lacexplorer.stats.funnel.Overdispersion;
import uk.lacexplorer.stats.funnel.Position;
import uk.lacexplorer.stats.proportion.ProportionLimits;
import uk.lacexplorer.stats.proportion.WilsonInterval;
import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;

/**
 * The funnel of one cascade stage across a nation's authorities. A conversion (a stage with one before it) is a
 * proportion: pooled p0 = Σ counts / Σ previous counts, binomial limits p0 ± z·√(p0(1−p0)/n) (widened by √φ with
 * {@code multiplicative}), Wilson intervals. A first stage or stock is a rate, funnelled as {@code ./lacx funnel} does.
 */
public final class StageFunnelService {
  private final CountTables counts;

  public StageFunnelService(CountTables counts) {
    this.counts = counts;
  }

  public StageFunnelResult run(StageFunnelRequest request) {
    CountTable table = load(request, request.stage().measure());
    return request.stage().previous() == null ? rates(request, table)
        : conversions(request, table, load(request, request.stage().previous()));
  }

  private CountTable load(StageFunnelRequest request, String measure) {
    return counts.load(CountRequest.of(List.of(request.nation()), request.year()).withMeasure(new MeasureId(measure)));
  }

  private static StageFunnelResult rates(StageFunnelRequest request, CountTable table) {
    List<FunnelUnit> units = new ArrayList<>();
    Map<String, AuthorityCount> byCode = new HashMap<>();
    for (AuthorityCount authority : table.authorities()) {
      units.add(new FunnelUnit(authority.area().code().value(), authority.count(), authority.population()));
      byCode.put(authority.area().code().value(), authority);
    }
    Funnel funnel = FunnelPlot.analyse(units, FunnelOptions.defaults().with(request.overdispersion()));
    double per = CascadeService.PER;
    List<StageFunnelResult.Point> points = new ArrayList<>();
    for (FunnelPoint point : funnel.points()) {
      AuthorityCount authority = byCode.get(point.unit().id());
      Interval interval = PoissonInterval.EXACT.forRate(authority.count(), authority.population(), per, 0.95);
      Limits limits = point.limits().scaled(per);
      points.add(new StageFunnelResult.Point(point.unit().id(), authority.area().nameEn(), authority.count(),
          authority.population(), point.rate() * per, interval.lower(), interval.upper(), limits.lower95(),
          limits.upper95(), limits.lower998(), limits.upper998(), point.position().id()));
    }
    return new StageFunnelResult(request, CascadeFigure.RATE, null, funnel.pooledRate() * per,
        funnel.dispersion().phi(), funnel.limits().adjusted(), points, excluded(table.excluded()));
  }

  private static StageFunnelResult conversions(StageFunnelRequest request, CountTable table, CountTable previous) {
    if (request.overdispersion() == Overdispersion.ADDITIVE) throw UserError.of("error.cascade.additive");
    Map<String, AuthorityCount> before = new HashMap<>();
    for (AuthorityCount authority : previous.authorities()) before.put(authority.area().code().value(), authority);
    List<AuthorityCount> used = new ArrayList<>();
    List<String> excluded = excluded(table.excluded());
    double successes = 0;
    double trials = 0;
    for (AuthorityCount authority : table.authorities()) {
      AuthorityCount base = before.get(authority.area().code().value());
      if (base == null || base.count() == 0) {
        excluded.add(authority.area().nameEn() + " (no " + request.stage().previous() + ")");
      } else if (authority.count() > base.count()) {
        excluded.add(authority.area().nameEn() + " (more than " + request.stage().previous() + ")");
      } else {
        used.add(authority);
        successes += authority.count();
        trials += base.count();
      }
    }
    if (used.size() < 2 || successes == 0 || successes == trials) {
      throw UserError.of("error.cascade.tooFew", request.stage().measure(), request.year(), used.size());
    }
    double target = successes / trials;
    double[] x = new double[used.size()];
    double[] n = new double[used.size()];
    for (int i = 0; i < used.size(); i++) {
      x[i] = used.get(i).count();
      n[i] = before.get(used.get(i).area().code().value()).count();
    }
    double phi = ProportionLimits.dispersion(x, n, target);
    boolean adjusted = request.overdispersion() == Overdispersion.MULTIPLICATIVE && phi > 1;
    List<StageFunnelResult.Point> points = new ArrayList<>();
    for (int i = 0; i < used.size(); i++) {
      Limits limits = ProportionLimits.at(target, n[i], adjusted ? phi : 1);
      Interval interval = WilsonInterval.of(x[i], n[i], 0.95);
      points.add(new StageFunnelResult.Point(used.get(i).area().code().value(), used.get(i).area().nameEn(), x[i], n[i],
          100 * x[i] / n[i], 100 * interval.lower(), 100 * interval.upper(), 100 * limits.lower95(),
          100 * limits.upper95(), 100 * limits.lower998(), 100 * limits.upper998(),
          Position.of(x[i] / n[i], limits).id()));
    }
    return new StageFunnelResult(request, CascadeFigure.CONVERSION, request.stage().previous(), 100 * target, phi,
        adjusted, points, excluded);
  }

  private static List<String> excluded(List<RateRow> rows) {
    List<String> excluded = new ArrayList<>();
    for (RateRow row : rows) {
      excluded.add(row.areaName() + " (" + (row.count() == null
          ? (row.countFlag().isEmpty() ? "missing" : row.countFlag()) : "no population") + ")");
    }
    return excluded;
  }
}
