package uk.lacexplorer.web.area;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.web.RatesCache;

/** An authority's rate per 10,000 in every year with data, beside its nation's, from the same rate calculation. */
final class AreaTrend {
  private final RatesCache rates;

  AreaTrend(RatesCache rates) {
    this.rates = rates;
  }

  List<TrendPoint> trend(Area area, String measure) {
    List<TrendPoint> points = new ArrayList<>();
    for (int year : rates.years(area.nation(), measure)) {
      if (!area.validIn(year)) continue;
      List<RateRow> rows = rates.rates(new RateService.Request(area.nation(), year, measure, DenominatorPolicy.NEAREST,
          PopulationSeries.AUTO));
      RateRow own = rows.stream().filter(row -> row.areaCode().equals(area.code())).findFirst().orElse(null);
      RateRow nation = rows.stream().filter(RateRow::nation).findFirst().orElse(null);
      if (own != null) points.add(new TrendPoint(year, own, nation));
    }
    return points;
  }
}
