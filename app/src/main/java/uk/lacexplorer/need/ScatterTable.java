package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.regression.Coefficient;

/** The one mapper of a {@link ScatterFit}: a point per authority, the line and the spread test. */
public final class ScatterTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.decimals("x", 4, 4), Column.decimals("rate_per_10000", 4, 4), Column.decimals("fitted", 4, 4),
      Column.decimals("residual", 4, 4), Column.decimals("studentised_residual", 4, 2));

  private ScatterTable() {
  }

  public static Output output(ScatterFit result) {
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < result.table().size(); i++) {
      AuthorityNeed row = result.table().rows().get(i);
      rows.add(Output.row(row.code().value(), row.name(), result.x()[i], result.y()[i], result.fit().fitted()[i],
          result.fit().residuals()[i], result.fit().studentisedResiduals()[i]));
    }
    Coefficient intercept = result.fit().coefficients().get(0);
    Coefficient slope = result.fit().coefficients().get(1);
    ScatterRequest request = result.request();
    List<String> notes = new ArrayList<>(result.table().notes());
    notes.add("x = %s (%d); y = %s per 10,000 in %d; %d authorities.".formatted(request.x(),
        result.table().covariateYears().get(0), request.y(), request.year(), result.table().size()));
    notes.add("Line: rate = %s + %s × x (slope SE %s, 95%% CI %s to %s, p = %s); R² = %s."
        .formatted(NeedJson.text(intercept.estimate(), 2), NeedJson.text(slope.estimate(), 4), NeedJson.text(slope.se(), 4),
            NeedJson.text(slope.ci95Lower(), 4), NeedJson.text(slope.ci95Upper(), 4), NeedJson.text(slope.p(), 4),
            NeedJson.text(result.fit().rSquared(), 3)));
    notes.add("Breusch-Pagan (studentised): statistic %s on %d df, p = %s%s."
        .formatted(NeedJson.text(result.breuschPagan().statistic(), 3), result.breuschPagan().df(),
            NeedJson.text(result.breuschPagan().p(), 4),
            result.breuschPagan().p() < 0.05 ? ": the spread of rates changes with x" : ""));
    notes.add("Studentised residuals beyond ±2 mark authorities far from the line.");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("x", request.x().value());
    json.put("x_year", result.table().covariateYears().get(0));
    json.put("y", request.y().value());
    json.put("year", request.year());
    json.put("n", result.table().size());
    json.put("intercept", NeedJson.coefficient(intercept));
    json.put("slope", NeedJson.coefficient(slope));
    json.put("r_squared", result.fit().rSquared());
    json.put("adjusted_r_squared", result.fit().adjustedRSquared());
    json.put("p", slope.p());
    Map<String, Object> bp = new LinkedHashMap<>();
    bp.put("statistic", result.breuschPagan().statistic());
    bp.put("df", result.breuschPagan().df());
    bp.put("p", result.breuschPagan().p());
    json.put("breusch_pagan", bp);
    json.put("points", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }
}
