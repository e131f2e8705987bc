package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.events.KeyEventStore;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.stats.changepoint.Break;
import uk.lacexplorer.stats.changepoint.Candidate;
import uk.lacexplorer.stats.changepoint.ChangePoints;
import uk.lacexplorer.stats.changepoint.SegmentedPoisson;
import uk.lacexplorer.stats.changepoint.SeriesPoint;

/** Change points of authorities' series (segmented Poisson regression), with the key events near each break. */
public final class ChangePointService {
  /** Each segment spans at least this many years, the break year counted in both. */
  public static final int MIN_SEGMENT = 3;
  /** Events this many calendar years either side of a break are shown with it. */
  public static final int EVENT_WINDOW = 2;
  private final CountTables counts;
  private final KeyEventStore events;

  public ChangePointService(CountTables counts, KeyEventStore events) {
    this.counts = counts;
    this.events = events;
  }

  /** The change points of the authority, or of every authority of the nation with enough years. */
  public ChangePointsResult run(ChangePointRequest request) {
    SeriesRequest options = request.series();
    String measure = options.measure().value();
    AreaRegistry areas = counts.store().areas();
    List<ChangePointResult> results = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    if (request.area() != null) {
      Area chosen = areas.resolve(request.area(), null);
      results.add(detect(chosen, measure, counts.series(chosen, measure, options.policy(), options.series())));
    } else {
      Map<AreaCode, List<AreaYear>> byArea = counts.seriesByArea(request.nation(), measure, options.policy(),
          options.series());
      byArea.forEach((code, years) -> {
        long withRate = years.stream().filter(AreaYear::hasRate).count();
        if (withRate < 2L * MIN_SEGMENT - 1) skipped.add(areas.get(code).nameEn() + " (" + withRate + " years)");
        else results.add(detect(areas.get(code), measure, years));
      });
    }
    return new ChangePointsResult(request, results, skipped);
  }

  public ChangePointResult detect(Area area, String measure, List<AreaYear> series) {
    List<SeriesPoint> points = new ArrayList<>();
    for (AreaYear year : series) {
      if (year.hasRate()) points.add(new SeriesPoint(year.year(), year.count(), year.denominator().population()));
    }
    int needed = 2 * MIN_SEGMENT - 1;
    if (points.size() < needed) {
      throw UserError.of("error.changepoints.tooFewYears", measure, needed, area.nameEn(), points.size());
    }
    ChangePoints found;
    try {
      found = SegmentedPoisson.detect(points, MIN_SEGMENT);
    } catch (ArithmeticException e) {
      throw UserError.of(e, "error.changepoints.notConverged", area.nameEn(), e.getMessage());
    }
    List<ChangePointResult.Break> breaks = new ArrayList<>();
    for (Break found1 : found.breaks()) {
      breaks.add(new ChangePointResult.Break(found1.year(), found1.earliest(), found1.latest(), found1.plusOrMinus(),
          found1.slopeChange(), found1.lower(), found1.upper(), found1.p(), found1.growthBefore(), found1.growthAfter(),
          EventView.of(events.near(area.code(), found1.year(), EVENT_WINDOW))));
    }
    List<ChangePointResult.Candidate> candidates = new ArrayList<>();
    for (Candidate candidate : found.candidates()) {
      candidates.add(new ChangePointResult.Candidate(candidate.breaks(), candidate.years(), candidate.deviance(),
          candidate.criterion(), candidate.breaks() == found.breaks().size()));
    }
    List<ChangePointResult.Fitted> fitted = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      SeriesPoint point = points.get(i);
      fitted.add(new ChangePointResult.Fitted(point.year(), point.count() / point.population() * RateService.PER,
          found.fittedRates()[i] * RateService.PER));
    }
    return new ChangePointResult(area.code().value(), area.nameEn(), measure, found.years(), found.dispersion(),
        found.initialGrowth(), breaks, candidates, fitted);
  }
}
