package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link TrendResult}: a row per year, notes, and a JSON object with the trend test and events. */
public final class TrendTable {
  public static final List<Column> COLUMNS = List.of(Column.whole("year"), Column.whole("count"),
      Column.text("count_flag"), Column.whole("population_0_17"), Column.whole("population_year"),
      Column.text("denominator_flag"), Column.rate("rate_per_10000"), Column.rate("ci95_lower"),
      Column.rate("ci95_upper"), Column.rate("ci998_lower"), Column.rate("ci998_upper"),
      Column.rate("national_rate_per_10000"), Column.text("vs_national_95"), Column.text("vs_national_998"),
      Column.text("denominator_note"));
  public static final List<Column> EVENTS = List.of(Column.text("date"), Column.text("type"), Column.text("label"),
      Column.text("judgement"), Column.text("source"));

  private TrendTable() {
  }

  public static Output output(TrendResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (TrendResult.Year year : result.years()) {
      rows.add(Output.row(year.year(), year.count(), year.countFlag(), year.population(), year.populationYear(),
          year.denominatorFlag(), year.ratePer10k(), year.lower95(), year.upper95(), year.lower998(), year.upper998(),
          year.nationalRatePer10k(), year.comparison95(), year.comparison998(), year.denominatorNote()));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", result.areaCode());
    json.put("area_name", result.areaName());
    json.put("area_name_cy", result.areaNameCy());
    json.put("measure", result.measure());
    json.put("years", Output.objects(COLUMNS, rows));
    json.put("trend", trend(result.trend()));
    json.put("events", Output.objects(EVENTS, events(result.events())));
    json.put("denominators", result.denominators());
    return new Output(COLUMNS, rows, notes(result), json);
  }

  static List<List<Object>> events(List<EventView> events) {
    List<List<Object>> rows = new ArrayList<>();
    for (EventView event : events) {
      rows.add(Output.row(event.date(), event.type(), event.label(), event.judgement(), event.source()));
    }
    return rows;
  }

  private static Map<String, Object> trend(TrendResult.Trend trend) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("direction", trend.direction());
    json.put("words", trend.words());
    json.put("years", trend.years());
    json.put("slope_per_10000_per_year", Numbers.round(trend.slopePer10kPerYear(), 6));
    json.put("slope_se", Numbers.round(trend.slopeStandardError(), 6));
    json.put("chi_squared", Numbers.round(trend.chiSquared(), 6));
    json.put("critical_value", Numbers.round(trend.criticalValue(), 6));
    json.put("sign_stable", trend.signStable());
    json.put("reason", trend.reason());
    return json;
  }

  static List<String> notes(TrendResult result) {
    List<String> notes = new ArrayList<>();
    notes.add(result.areaName() + ", " + result.measure() + " per 10,000 children aged 0-17.");
    TrendResult.Trend trend = result.trend();
    if (trend.slopePer10kPerYear() == null) {
      notes.add("Recent trend: cannot be calculated (" + trend.reason() + ").");
    } else {
      notes.add(("Recent trend %d-%d: %s (slope %+.2f per 10,000 a year, chi-squared %.2f against %.4f, "
          + "sign %s when any one year is left out).").formatted(trend.years().get(0),
          trend.years().get(trend.years().size() - 1), trend.words(), trend.slopePer10kPerYear(), trend.chiSquared(),
          trend.criticalValue(), trend.signStable() ? "unchanged" : "not stable"));
    }
    notes.add("vs_national: the authority's interval (Byar's, exact under 10) wholly above (higher) or below (lower) the "
        + "national rate.");
    notes.add("Denominators: " + String.join("; ", result.denominators()) + ".");
    if (result.events().isEmpty()) {
      notes.add("Key events: none stored (add them with ./lacx events add or import).");
    } else {
      for (EventView event : result.events()) notes.add("Event " + event.describe());
    }
    return notes;
  }
}
