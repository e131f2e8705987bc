package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/**
 * The one mapper of {@link ChangePointsResult}: a row per break, notes in words, and JSON with every authority's breaks,
 * candidate models and fitted rates (the same shape for one authority or a nation).
 */
public final class ChangePointTable {
  public static final List<Column> BREAKS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.whole("break_year"), Column.whole("plus_minus"), Column.whole("earliest"), Column.whole("latest"),
      Column.decimals("growth_before_pct", 6, 1), Column.decimals("growth_after_pct", 6, 1),
      Column.precise("slope_change", 3), Column.precise("ci95_lower", 3), Column.precise("ci95_upper", 3),
      Column.p("p"), Column.text("events_nearby"));
  static final List<Column> CANDIDATES = List.of(Column.whole("breaks"), Column.text("years"),
      Column.decimals("deviance", 6, 2), Column.decimals("criterion", 6, 2), Column.text("chosen"));
  static final List<Column> FITTED = List.of(Column.whole("year"), Column.rate("observed_rate_per_10000"),
      Column.rate("fitted_rate_per_10000"));

  private ChangePointTable() {
  }

  public static Output output(ChangePointsResult found) {
    List<List<Object>> rows = new ArrayList<>();
    List<Object> authorities = new ArrayList<>();
    for (ChangePointResult result : found.authorities()) {
      List<List<Object>> own = new ArrayList<>();
      for (ChangePointResult.Break cut : result.breaks()) {
        own.add(Output.row(result.areaCode(), result.areaName(), cut.year(), cut.plusOrMinus(), cut.earliest(),
            cut.latest(), 100 * cut.growthBefore(), 100 * cut.growthAfter(), cut.slopeChange(), cut.lower(),
            cut.upper(), cut.p(), cut.eventsNearby().stream().map(EventView::describe).collect(Collectors.joining(" | "))));
      }
      rows.addAll(own);
      authorities.add(json(result, own));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("authorities", authorities);
    json.put("skipped", found.skipped());
    return new Output(BREAKS, rows, notes(found), json);
  }

  private static Map<String, Object> json(ChangePointResult result, List<List<Object>> breaks) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("area_name", result.areaName());
    json.put("measure", result.measure());
    json.put("years", result.years());
    json.put("dispersion", Numbers.round(result.dispersion(), 6));
    json.put("initial_growth_pct", Numbers.round(100 * result.initialGrowth(), 6));
    List<Map<String, Object>> cuts = Output.objects(BREAKS, breaks);
    for (int i = 0; i < cuts.size(); i++) {
      cuts.get(i).put("events", Output.objects(TrendTable.EVENTS, TrendTable.events(result.breaks().get(i).eventsNearby())));
    }
    json.put("breaks", cuts);
    List<List<Object>> candidates = new ArrayList<>();
    for (ChangePointResult.Candidate candidate : result.candidates()) {
      candidates.add(Output.row(candidate.breaks(), candidate.years().stream().map(String::valueOf)
          .collect(Collectors.joining(";")), candidate.deviance(), candidate.criterion(), candidate.chosen() ? "yes" : "no"));
    }
    json.put("candidates", Output.objects(CANDIDATES, candidates));
    List<List<Object>> fitted = new ArrayList<>();
    for (ChangePointResult.Fitted point : result.fitted()) {
      fitted.add(Output.row(point.year(), point.observedPer10k(), point.fittedPer10k()));
    }
    json.put("fitted", Output.objects(FITTED, fitted));
    return json;
  }

  static List<String> notes(ChangePointsResult found) {
    List<String> notes = new ArrayList<>();
    if (!found.skipped().isEmpty()) notes.add("Too few years for change points: " + String.join(", ", found.skipped()) + ".");
    for (ChangePointResult result : found.authorities()) {
      String years = result.years().get(0) + "-" + result.years().get(result.years().size() - 1);
      if (result.breaks().isEmpty()) {
        notes.add("%s %s: no change point (BIC prefers a single trend, %+.1f%% a year; dispersion %.2f)."
            .formatted(result.areaName(), years, 100 * result.initialGrowth(), result.dispersion()));
      } else {
        for (ChangePointResult.Break cut : result.breaks()) {
          String events = cut.eventsNearby().isEmpty() ? "no key events stored within two years"
              : "events within two years: " + cut.eventsNearby().stream().map(EventView::describe)
                  .collect(Collectors.joining("; "));
          notes.add(result.areaName() + " " + years + ": " + cut.describe() + "; " + events + ".");
        }
      }
    }
    notes.add("Segmented Poisson regression on the population; break years on whole years, segments at least "
        + ChangePointService.MIN_SEGMENT + " years; BIC on deviance/dispersion counting each break year as a parameter.");
    return notes;
  }
}
