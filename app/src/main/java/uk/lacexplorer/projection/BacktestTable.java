package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link BacktestResult}. */
public final class BacktestTable {
  public static final List<Column> COLUMNS = List.of(Column.text("years_ahead"), Column.whole("forecasts"),
      Column.decimals("model_mape_pct", 2, 1), Column.decimals("last_value_mape_pct", 2, 1),
      Column.decimals("trend5_mape_pct", 2, 1), Column.decimals("inside80", 3, 3), Column.decimals("inside95", 3, 3));

  private BacktestTable() {
  }

  public static Output output(BacktestResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (BacktestResult.Row row : result.rows()) {
      rows.add(Output.row(row.ahead() == 0 ? "all" : String.valueOf(row.ahead()), row.forecasts(), row.modelMape(),
          row.lastValueMape(), row.trendMape(), row.inside80(), row.inside95()));
    }
    List<String> notes = List.of(
        "Rolling origin over %d authorities of %s, origins %s; the model's expected stock against the last value and the linear trend of the last five years."
            .formatted(result.authorities(), result.request().nation().id(), result.origins()),
        "inside80/inside95: share of published outcomes inside the model's 80%/95% prediction intervals (nominal 0.80/0.95).");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("nation", result.request().nation().id());
    json.put("origins", result.origins());
    json.put("authorities", result.authorities());
    json.put("rows", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }
}
