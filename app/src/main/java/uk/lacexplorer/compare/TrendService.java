package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.events.KeyEventStore;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.stats.trend.Comparison;
import uk.lacexplorer.stats.trend.RecentTrend;
import uk.lacexplorer.stats.trend.TrendPoint;
import uk.lacexplorer.stats.trend.TrendTest;

/**
 * An authority's trend: rates with 95% and 99.8% intervals (Byar's, exact below 10, as {@code ./lacx rates}), the
 * comparison of each year with the national rate, the Fingertips recent-trend test and the key events.
 */
public final class TrendService {
  private final CountTables counts;
  private final KeyEventStore events;

  public TrendService(CountTables counts, KeyEventStore events) {
    this.counts = counts;
    this.events = events;
  }

  /**
   * The trends of the authorities asked for, in order, each once. Names that themselves hold commas ("Rhondda, Cynon,
   * Taff") are read as one name when the whole text is one.
   */
  public TrendsResult runAll(TrendsRequest request) {
    if (request.areas().size() > 1 && counts.store().areas().match(request.joined(), null).isPresent()) {
      return new TrendsResult(request, List.of(run(new TrendRequest(request.joined(), request.series()))));
    }
    List<TrendResult> results = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (TrendRequest one : request.each()) {
      Area area = counts.store().areas().resolve(one.area(), null);
      if (seen.add(area.code().value())) results.add(run(new TrendRequest(area.code().value(), one.series())));
    }
    return new TrendsResult(request, results);
  }

  public TrendResult run(TrendRequest request) {
    Area area = counts.store().areas().resolve(request.area(), null);
    SeriesRequest options = request.series();
    String measure = options.measure().value();
    List<AreaYear> years = counts.series(area, measure, options.policy(), options.series());
    List<TrendResult.Year> rows = new ArrayList<>();
    List<TrendPoint> points = new ArrayList<>();
    Set<String> denominators = new LinkedHashSet<>();
    for (AreaYear year : years) {
      rows.add(row(year));
      if (year.hasRate()) {
        points.add(TrendPoint.rate(year.year(), year.count(), year.denominator().population(), RateService.PER));
        denominators.add(year.year() + ": " + year.denominator().description());
      }
    }
    TrendTest test = RecentTrend.test(points);
    int first = years.get(0).year();
    int last = years.get(years.size() - 1).year();
    return new TrendResult(request, area.code().value(), area.nameEn(), area.nameCy(), measure, rows, trend(test),
        EventView.of(events.list(area.code(), first - 2, last + 1)), new ArrayList<>(denominators));
  }

  static TrendResult.Year row(AreaYear year) {
    Double population = year.denominator().population();
    Integer populationYear = year.denominator().populationYear();
    String denominatorFlag = year.denominator().isMissing() ? "missing"
        : year.denominator().estimated() ? "estimated_denominator" : "";
    String flag = uk.lacexplorer.observation.Flag.join(year.countFlags());
    if (!year.hasRate()) {
      return new TrendResult.Year(year.year(), year.count(), flag, population, populationYear, denominatorFlag,
          null, null, null, null, null, year.nationRatePer10k(), null, null, year.denominator());
    }
    Interval ci95 = PoissonInterval.BYARS_EXACT_BELOW_10.forRate(year.count(), population, RateService.PER, 0.95);
    Interval ci998 = PoissonInterval.BYARS_EXACT_BELOW_10.forRate(year.count(), population, RateService.PER, 0.998);
    Double national = year.nationRatePer10k();
    return new TrendResult.Year(year.year(), year.count(), flag, population, populationYear, denominatorFlag,
        year.ratePer10k(), ci95.lower(), ci95.upper(), ci998.lower(), ci998.upper(), national,
        national == null ? null : Comparison.of(ci95, national).id(),
        national == null ? null : Comparison.of(ci998, national).id(), year.denominator());
  }

  static TrendResult.Trend trend(TrendTest test) {
    boolean calculated = !Double.isNaN(test.slope());
    return new TrendResult.Trend(test.direction().id(), test.direction().words(),
        test.points().stream().map(TrendPoint::year).toList(), calculated ? test.slope() : null,
        calculated ? test.slopeStandardError() : null, calculated ? test.chiSquared() : null, test.criticalValue(),
        test.signStable(), test.reason());
  }
}
