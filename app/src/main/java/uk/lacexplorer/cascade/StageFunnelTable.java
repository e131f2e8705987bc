package uk.lacexplorer.cascade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link StageFunnelResult}: each authority's value, interval, funnel limits and position. */
public final class StageFunnelTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.whole("count"), Column.whole("base"), Column.rate("value"), Column.rate("ci95_lower"),
      Column.rate("ci95_upper"), Column.rate("target"), Column.rate("limit95_lower"), Column.rate("limit95_upper"),
      Column.rate("limit998_lower"), Column.rate("limit998_upper"), Column.text("funnel_position"));

  private StageFunnelTable() {
  }

  public static Output output(StageFunnelResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (StageFunnelResult.Point p : result.points()) {
      rows.add(Output.row(p.areaCode(), p.areaName(), p.count(), p.base(), p.value(), p.lower(), p.upper(),
          result.target(), p.limit95Lower(), p.limit95Upper(), p.limit998Lower(), p.limit998Upper(), p.position()));
    }
    boolean conversion = CascadeFigure.CONVERSION.equals(result.figure());
    List<String> notes = new ArrayList<>();
    notes.add(conversion
        ? "%s per 100 %s, %s %d: pooled %.2f per 100; binomial limits (normal approximation), Wilson 95%% intervals."
            .formatted(result.request().stage().measure(), result.from(), result.request().nation().id(), result.request().year(), result.target())
        : "%s per 10,000 children aged 0-17, %s %d: pooled %.2f; exact Poisson limits and intervals."
            .formatted(result.request().stage().measure(), result.request().nation().id(), result.request().year(), result.target()));
    notes.add("Overdispersion phi = %.2f; limits %s.".formatted(result.phi(),
        result.adjusted() ? "widened for it (" + result.request().overdispersion().id() + ")" : "for chance alone"));
    if (!result.excluded().isEmpty()) notes.add("Left out: " + String.join(", ", result.excluded()) + ".");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("stage", result.request().stage().measure());
    json.put("figure", result.figure());
    json.put("from_stage", result.from());
    json.put("nation", result.request().nation().id());
    json.put("year", result.request().year());
    json.put("target", Numbers.round(result.target(), 4));
    json.put("phi", Numbers.round(result.phi(), 6));
    json.put("adjusted", result.adjusted());
    json.put("excluded", result.excluded());
    json.put("rows", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }
}
