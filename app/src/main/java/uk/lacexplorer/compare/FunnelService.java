package uk.lacexplorer.compare;

import java.util.ArrayList;
import uk.lacexplorer.i18n.UserError;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.stats.funnel.CurvePoint;
import uk.lacexplorer.stats.funnel.Funnel;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.FunnelPlot;
import uk.lacexplorer.stats.funnel.FunnelPoint;
import uk.lacexplorer.stats.funnel.FunnelUnit;
import uk.lacexplorer.stats.funnel.Limits;

/** Funnel plots of authorities' rates from the store: a {@link FunnelRequest} in, a {@link FunnelResult} out. */
public final class FunnelService {
  private final CountTables counts;

  public FunnelService(CountTables counts) {
    this.counts = counts;
  }

  public FunnelResult run(FunnelRequest funnelRequest) {
    CountRequest request = funnelRequest.counts();
    FunnelOptions options = funnelRequest.options();
    CountTable table = counts.load(request);
    List<FunnelUnit> units = new ArrayList<>();
    Map<String, AuthorityCount> byCode = new HashMap<>();
    for (AuthorityCount authority : table.authorities()) {
      String code = authority.area().code().value();
      if (options.scale() == uk.lacexplorer.stats.funnel.Scale.LOG && !(authority.count() > 0)) {
        throw UserError.of("error.funnel.logZero", authority.area().nameEn(), code, Math.round(authority.count()));
      }
      units.add(new FunnelUnit(code, authority.count(), authority.population()));
      byCode.put(code, authority);
    }
    Funnel funnel = FunnelPlot.analyse(units, options);
    double per = RateService.PER;
    double target = funnel.pooledRate() * per;
    List<FunnelResult.Point> points = new ArrayList<>();
    for (FunnelPoint point : funnel.points()) {
      AuthorityCount authority = byCode.get(point.unit().id());
      Limits limits = point.limits().scaled(per);
      points.add(new FunnelResult.Point(point.unit().id(), authority.area().nameEn(), authority.area().nameCy(),
          authority.area().nation().id(), authority.count(), authority.population(), point.rate() * per, target,
          limits.lower95(), limits.upper95(), limits.lower998(), limits.upper998(), point.position().id(),
          authority.countFlags().contains(Flag.ROUNDED)));
    }
    List<FunnelResult.CurvePoint> curve = new ArrayList<>();
    for (CurvePoint point : funnel.curve()) {
      Limits limits = point.limits().scaled(per);
      curve.add(new FunnelResult.CurvePoint(point.denominator(), limits.lower95(), limits.upper95(), limits.lower998(),
          limits.upper998()));
    }
    var dispersion = funnel.dispersion();
    return new FunnelResult(funnelRequest, table.measure().id(), table.year(), request.nations().stream().map(Nation::id).toList(),
        options.limits().id(), funnel.limits().overdispersion().id(), funnel.limits().describe(), target,
        publishedRate(table, request), new FunnelResult.Dispersion(dispersion.scale().id(), dispersion.phi(),
        dispersion.tau2(), dispersion.units(), funnel.limits().adjusted()),
        table.denominatorVintages(), points, curve, excluded(table));
  }

  private static Double publishedRate(CountTable table, CountRequest request) {
    if (request.nations().size() != 1) return null;
    return table.nationRow(request.nations().get(0)).map(RateRow::rate).orElse(null);
  }

  static List<String> excluded(CountTable table) {
    List<String> excluded = new ArrayList<>();
    for (RateRow row : table.excluded()) {
      String reason = row.count() == null ? "count " + (row.countFlag().isEmpty() ? "missing" : row.countFlag())
          : "no population estimate";
      excluded.add(row.areaName() + " (" + reason + ")");
    }
    return excluded;
  }
}
