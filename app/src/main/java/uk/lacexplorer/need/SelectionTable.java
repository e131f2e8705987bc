package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.regression.Coefficient;

/** The one mapper of {@code ./lacx model --select}: one row per candidate set, best AIC first. */
public final class SelectionTable {
  public static final List<Column> COLUMNS = List.of(Column.whole("rank"), Column.text("factors"), Column.whole("terms"),
      Column.decimals("aic", 4, 2), Column.decimals("delta_aic", 4, 2), Column.decimals("loo_deviance", 4, 2),
      Column.decimals("max_vif", 4, 2), Column.text("not_distinguishable_from_zero"));

  private SelectionTable() {
  }

  public static Output output(SelectionResult result) {
    List<List<Object>> rows = new ArrayList<>();
    double best = result.candidates().get(0).aic();
    int rank = 0;
    for (SelectionResult.Candidate c : result.candidates()) {
      rank++;
      rows.add(Output.row(rank, String.join(" + ", c.factors()), c.coefficients().size() - 1, c.aic(), c.aic() - best,
          Double.isFinite(c.looDeviance()) ? c.looDeviance() : null, c.maxVif(), String.join(", ", c.notDistinguishable())));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("family", result.request().family().id());
    json.put("n", result.table().size());
    json.put("nation_term", result.request().joint());
    json.put("candidates", result.candidates().stream().map(SelectionTable::candidate).toList());
    return new Output(COLUMNS, rows, notes(result), json);
  }

  private static Map<String, Object> candidate(SelectionResult.Candidate c) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("factors", c.factors());
    json.put("aic", c.aic());
    json.put("loo_deviance", NeedJson.finite(c.looDeviance()));
    json.put("vif", c.vifs());
    json.put("not_distinguishable_from_zero", c.notDistinguishable());
    json.put("coefficients", c.coefficients().stream().map(NeedJson::coefficient).toList());
    return json;
  }

  private static List<String> notes(SelectionResult result) {
    List<String> notes = new ArrayList<>(result.table().notes());
    SelectionResult.Candidate aic = result.candidates().get(0);
    SelectionResult.Candidate loo = result.bestByLeaveOneOut();
    notes.add("%d candidate sets of %s fitted to the same %d authorities (%s%s); leave-one-out deviance for the %d best by AIC."
        .formatted(result.candidates().size(), result.table().describeCovariates(), result.table().size(),
            result.request().family() == ModelFamily.POISSON ? "Poisson" : "negative binomial (NB2)",
            result.request().joint() ? ", nation term in every set" : "", Math.min(ModelSelection.LOO_SETS,
                result.candidates().size())));
    notes.add("Best by AIC: " + String.join(" + ", aic.factors()) + "; best by leave-one-out deviance: "
        + String.join(" + ", loo.factors()) + (aic == loo ? " (the same set)." : "."));
    notes.add("Sets within 2 AIC of the best are about as well supported; a factor in the notes' last column has a 95% "
        + "interval that includes zero, so its effect is not distinguishable from none.");
    for (Coefficient c : aic.coefficients()) {
      if (c.name().equals(uk.lacexplorer.stats.regression.Design.INTERCEPT)) continue;
      boolean zero = c.ci95Lower() <= 0 && c.ci95Upper() >= 0;
      Double vif = aic.vifs().get(c.name());
      notes.add("  %s: %s [%s, %s], VIF %s%s".formatted(c.name(), NeedJson.text(c.estimate(), 5),
          NeedJson.text(c.ci95Lower(), 5), NeedJson.text(c.ci95Upper(), 5), vif == null ? "-" : NeedJson.text(vif, 2),
          zero ? " - not distinguishable from zero" : vif != null && vif > 5 ? " - collinear (VIF above 5)" : ""));
    }
    return notes;
  }
}
