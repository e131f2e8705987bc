package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link ChangeResult}: the authorities ranked by their change, then each nation's own. */
public final class ChangeTable {
  public static final List<Column> COLUMNS = List.of(Column.whole("rank"), Column.text("area_code"),
      Column.text("area_name"), Column.whole("count_from"), Column.whole("population_from"), Column.rate("rate_from"),
      Column.whole("count_to"), Column.whole("population_to"), Column.rate("rate_to"), Column.rate("change"),
      Column.rate("ci95_lower"), Column.rate("ci95_upper"), Column.text("significant"));

  private ChangeTable() {
  }

  public static Output output(ChangeResult result) {
    List<List<Object>> authorities = new ArrayList<>();
    for (ChangeResult.Row row : result.rows()) authorities.add(cells(row));
    List<List<Object>> nations = new ArrayList<>();
    for (ChangeResult.Row row : result.nationRows()) nations.add(cells(row));
    List<List<Object>> rows = new ArrayList<>(authorities);
    rows.addAll(nations);
    List<String> notes = new ArrayList<>();
    for (ChangeResult.Row row : result.nationRows()) {
      notes.add("%s %d-%d: %.1f to %.1f per 10,000, change %+.1f (95%% CI %+.1f to %+.1f)."
          .formatted(row.areaName(), result.fromYear(), result.toYear(), row.rateFrom(), row.rateTo(), row.change(),
              row.lower95(), row.upper95()));
    }
    long rises = result.rows().stream().filter(r -> r.significant() && r.change() > 0).count();
    long falls = result.rows().stream().filter(r -> r.significant() && r.change() < 0).count();
    notes.add("%d of %d authorities rose significantly, %d fell significantly.".formatted(rises, result.rows().size(), falls));
    notes.add("Denominators: " + String.join("; ", result.denominators()) + ".");
    if (!result.excluded().isEmpty()) notes.add("Left out: " + String.join(", ", result.excluded()) + ".");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measure", result.measure());
    json.put("from_year", result.fromYear());
    json.put("to_year", result.toYear());
    json.put("nations", result.nations());
    json.put("denominators", result.denominators());
    json.put("excluded", result.excluded());
    json.put("rows", Output.objects(COLUMNS, authorities));
    json.put("nation_rows", Output.objects(COLUMNS, nations));
    return new Output(COLUMNS, rows, notes, json);
  }

  private static List<Object> cells(ChangeResult.Row row) {
    return Output.row(row.rank(), row.areaCode(), row.areaName(), row.countFrom(), row.populationFrom(), row.rateFrom(),
        row.countTo(), row.populationTo(), row.rateTo(), row.change(), row.lower95(), row.upper95(),
        row.significant() ? "yes" : "no");
  }
}
