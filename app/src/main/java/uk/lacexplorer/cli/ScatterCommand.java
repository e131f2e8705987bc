package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.need.AuthorityNeed;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.need.ScatterFit;
import uk.lacexplorer.need.ScatterService;
import uk.lacexplorer.stats.regression.Coefficient;

@Command(name = "scatter", mixinStandardHelpOptions = true,
    description = {"Rate per 10,000 against one need factor: least-squares line (slope, intercept, R², p), residuals,",
        "studentised residuals and the Breusch-Pagan test (Koenker's studentised form) of whether the spread grows with it."})
final class ScatterCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "x", "rate_per_10000", "fitted", "residual",
      "studentised_residual");

  @Option(names = "--x", required = true, paramLabel = "COVARIATE", description = "The need factor (a measure id).")
  String x;

  @Option(names = "--y", defaultValue = "children_looked_after", paramLabel = "MEASURE",
      description = "Count measure whose rate per 10,000 is plotted (default: ${DEFAULT-VALUE}).")
  String y;

  @Option(names = "--year", required = true)
  int year;

  @Option(names = "--nation", defaultValue = "wales", paramLabel = "wales|england|both")
  String nation;

  @Option(names = "--covariate-year", paramLabel = "YEAR", description = "Period of --x (default: nearest with data).")
  Integer covariateYear;

  @Option(names = "--skip-missing", description = "Leave out (and list) authorities missing --x instead of refusing.")
  boolean skipMissing;

  @Override
  protected Report report(Services services) {
    ScatterFit result = new ScatterService(new NeedTables(services.store(), services.measures()))
        .fit(NationScope.parse(nation), year, y, x, covariateYear, skipMissing);
    List<List<Object>> rows = new ArrayList<>();
    List<Map<String, Object>> points = new ArrayList<>();
    for (int i = 0; i < result.table().size(); i++) {
      AuthorityNeed row = result.table().rows().get(i);
      List<Object> cells = Arrays.asList(row.code().value(), row.name(), Decimals.of(result.x()[i], 4, format),
          Decimals.of(result.y()[i], 4, format), Decimals.of(result.fit().fitted()[i], 4, format),
          Decimals.of(result.fit().residuals()[i], 4, format),
          Decimals.of(result.fit().studentisedResiduals()[i], format == OutputFormat.TABLE ? 2 : 4, format));
      rows.add(cells);
      Map<String, Object> point = new LinkedHashMap<>();
      for (int c = 0; c < COLUMNS.size(); c++) point.put(COLUMNS.get(c), cells.get(c));
      points.add(point);
    }
    Coefficient intercept = result.fit().coefficients().get(0);
    Coefficient slope = result.fit().coefficients().get(1);
    List<String> notes = new ArrayList<>(result.table().notes());
    notes.add("x = %s (%d); y = %s per 10,000 in %d; %d authorities.".formatted(x, result.table().covariateYears().get(0),
        y, year, result.table().size()));
    notes.add("Line: rate = %s + %s × x (slope SE %s, 95%% CI %s to %s, p = %s); R² = %s."
        .formatted(Decimals.text(intercept.estimate(), 2), Decimals.text(slope.estimate(), 4), Decimals.text(slope.se(), 4),
            Decimals.text(slope.ci95Lower(), 4), Decimals.text(slope.ci95Upper(), 4), Decimals.text(slope.p(), 4),
            Decimals.text(result.fit().rSquared(), 3)));
    notes.add("Breusch-Pagan (studentised): statistic %s on %d df, p = %s%s."
        .formatted(Decimals.text(result.breuschPagan().statistic(), 3), result.breuschPagan().df(),
            Decimals.text(result.breuschPagan().p(), 4),
            result.breuschPagan().p() < 0.05 ? ": the spread of rates changes with x" : ""));
    notes.add("Studentised residuals beyond ±2 mark authorities far from the line.");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("x", x);
    json.put("x_year", result.table().covariateYears().get(0));
    json.put("y", y);
    json.put("year", year);
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
    json.put("points", points);
    return new Report(COLUMNS, rows, notes, json);
  }
}
