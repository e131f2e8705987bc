package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.regression.Coefficient;

/** The one mapper of a {@link ChangesResult}. */
public final class ChangesTable {
  private ChangesTable() {
  }

  public static List<Column> columns() {
    return List.of(Column.text("area_code"), Column.text("area_name"), Column.rate("rate_change_per_10000"),
        Column.rate("ci95_lower"), Column.rate("ci95_upper"), Column.decimals("factor_from", 4, 2),
        Column.decimals("factor_to", 4, 2), Column.decimals("factor_change", 4, 2),
        Column.rate("fitted_change_per_10000"), Column.decimals("standardised_residual", 4, 2));
  }

  public static Output output(ChangesResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (ChangesResult.Row r : result.rows()) {
      rows.add(List.of(r.areaCode(), r.areaName(), r.rateChange(), r.lower95(), r.upper95(), r.factorFromValue(),
          r.factorToValue(), r.factorChange(), r.fitted(), r.standardisedResidual()));
    }
    Coefficient slope = result.slope();
    List<String> notes = new ArrayList<>();
    notes.add("Change in the rate of %s %d-%d against the change in %s %d-%d (the factor's years nearest), %d authorities."
        .formatted(result.measure(), result.fromYear(), result.toYear(), result.factor(), result.factorFrom(),
            result.factorTo(), result.rows().size()));
    notes.add("Weighted fit (weights 1/variance of each rate change): %+.3f per 10,000 per unit of %s (95%% CI %.3f to %.3f, p = %.3g); R^2 = %.3f."
        .formatted(slope.estimate(), result.factor(), slope.ci95Lower(), slope.ci95Upper(), slope.p(), result.rSquared()));
    notes.add(result.far().isEmpty() ? "No authority lies beyond +/-2 standardised residuals from the line."
        : "Far from the line (standardised residual beyond +/-2): " + String.join(", ", result.far()) + ".");
    if (!result.excluded().isEmpty()) notes.add("Left out: " + String.join("; ", result.excluded()) + ".");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("measure", result.measure());
    json.put("factor", result.factor());
    json.put("from", result.fromYear());
    json.put("to", result.toYear());
    json.put("factor_from", result.factorFrom());
    json.put("factor_to", result.factorTo());
    json.put("slope", coefficient(slope));
    json.put("intercept", coefficient(result.intercept()));
    json.put("r_squared", Numbers.round(result.rSquared(), 6));
    json.put("far_from_line", result.far());
    json.put("excluded", result.excluded());
    json.put("rows", Output.objects(columns(), rows));
    return new Output(columns(), rows, notes, json);
  }

  private static Map<String, Object> coefficient(Coefficient c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", Numbers.round(c.estimate(), 6));
    m.put("se", Numbers.round(c.se(), 6));
    m.put("ci95_lower", Numbers.round(c.ci95Lower(), 6));
    m.put("ci95_upper", Numbers.round(c.ci95Upper(), 6));
    m.put("p", c.p());
    return m;
  }
}
