package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.List;
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
  private final KeyEventStore events;

  public ChangePointService(KeyEventStore events) {
    this.events = events;
  }

  public ChangePointReport detect(Area area, String measure, List<AreaYear> series) {
    List<SeriesPoint> points = new ArrayList<>();
    for (AreaYear year : series) {
      if (year.hasRate()) points.add(new SeriesPoint(year.year(), year.count(), year.denominator().population()));
    }
    int needed = 2 * MIN_SEGMENT - 1;
    if (points.size() < needed) {
      throw new UserError("%s: change points need at least %d years with a count and a population, %s has %d"
          .formatted(measure, needed, area.nameEn(), points.size()));
    }
    ChangePoints found = SegmentedPoisson.detect(points, MIN_SEGMENT);
    List<ChangePointReport.Break> breaks = new ArrayList<>();
    for (Break found1 : found.breaks()) {
      breaks.add(new ChangePointReport.Break(found1.year(), found1.earliest(), found1.latest(), found1.plusOrMinus(),
          found1.slopeChange(), found1.lower(), found1.upper(), found1.p(), found1.growthBefore(), found1.growthAfter(),
          EventView.of(events.near(area.code(), found1.year(), EVENT_WINDOW))));
    }
    List<ChangePointReport.Candidate> candidates = new ArrayList<>();
    for (Candidate candidate : found.candidates()) {
      candidates.add(new ChangePointReport.Candidate(candidate.breaks(), candidate.years(), candidate.deviance(),
          candidate.criterion(), candidate.breaks() == found.breaks().size()));
    }
    List<ChangePointReport.Fitted> fitted = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      SeriesPoint point = points.get(i);
      fitted.add(new ChangePointReport.Fitted(point.year(), point.count() / point.population() * RateService.PER,
          found.fittedRates()[i] * RateService.PER));
    }
    return new ChangePointReport(area.code().value(), area.nameEn(), measure, found.years(), found.dispersion(),
        found.initialGrowth(), breaks, candidates, fitted);
  }
}
