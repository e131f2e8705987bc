package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.regression.Coefficient;

/** The one mapper of a {@link NeedModel}: each authority's observed and expected count, their ratio and position. */
public final class ModelTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.precise("count", 0), Column.decimals("expected", 4, 1), Column.decimals("ratio", 4, 2),
      Column.decimals("ratio_ci95_lower", 4, 2), Column.decimals("ratio_ci95_upper", 4, 2), Column.text("position"));

  private ModelTable() {
  }

  public static Output output(NeedModel model) {
    List<List<Object>> rows = new ArrayList<>();
    for (NeedModel.AreaRatio area : model.areas()) {
      rows.add(Output.row(area.authority().code().value(), area.authority().name(), area.observed(), area.expected(),
          area.ratio(), area.lower(), area.upper(), area.position()));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("family", model.family().id());
    json.put("n", model.table().size());
    json.put("theta", NeedJson.finite(model.theta()));
    json.put("coefficients", model.coefficients().stream().map(NeedJson::coefficient).toList());
    json.put("deviance_explained", model.devianceExplained());
    json.put("aic", model.aic());
    json.put("areas", Output.objects(COLUMNS, rows));
    json.put("vif", model.vifs());
    json.put("covariate_years", covariateYears(model));
    json.put("expectations", model.leaveOneOut() ? "leave_one_out" : "full");
    json.put("funnel", model.funnelMethod());
    if (model.nation() != null) json.put("nation_effect", nationEffect(model));
    return new Output(COLUMNS, rows, notes(model), json);
  }

  /** The Welsh difference as a rate ratio with its interval, the Welsh outliers, and the answer in both languages. */
  private static Map<String, Object> nationEffect(NeedModel model) {
    NationEffect effect = model.nation();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("term", JointTerms.WALES);
    json.put("ratio", effect.ratio());
    json.put("ratio_ci95_lower", effect.lower());
    json.put("ratio_ci95_upper", effect.upper());
    json.put("p", NeedJson.finite(effect.coefficient().p()));
    json.put("distinguishable_from_1", effect.distinguishable());
    json.put("interactions", effect.interactions());
    json.put("welsh_authorities", effect.welsh());
    json.put("english_authorities", effect.english());
    json.put("welsh_outliers", effect.outliers().stream().map(o -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("area_code", o.code());
      row.put("area_name", o.name());
      row.put("ratio", o.ratio());
      row.put("position", o.position());
      return row;
    }).toList());
    json.put("summary_en", JointText.summary(uk.lacexplorer.i18n.Lang.EN, model));
    json.put("summary_cy", JointText.summary(uk.lacexplorer.i18n.Lang.CY, model));
    json.put("outliers_en", JointText.outliers(uk.lacexplorer.i18n.Lang.EN, model));
    json.put("outliers_cy", JointText.outliers(uk.lacexplorer.i18n.Lang.CY, model));
    return json;
  }

  private static Map<String, Integer> covariateYears(NeedModel model) {
    Map<String, Integer> years = new LinkedHashMap<>();
    for (int j = 0; j < model.table().covariates().size(); j++) {
      years.put(model.table().covariates().get(j), model.table().covariateYears().get(j));
    }
    return years;
  }

  private static List<String> notes(NeedModel model) {
    List<String> notes = new ArrayList<>(model.table().notes());
    notes.add("%s model of %s in %d for %d authorities; offset log(population 0-17); covariates %s."
        .formatted(model.family() == ModelFamily.POISSON ? "Poisson" : "Negative binomial (NB2)",
            model.table().request().measure(), model.table().request().year(), model.table().size(),
            model.table().describeCovariates()));
    int width = model.coefficients().stream().mapToInt(c -> c.name().length()).max().orElse(4);
    notes.add(("%-" + width + "s  %10s %9s  %-22s  %7s  %s").formatted("term", "estimate", "SE", "95% CI", "p", "VIF"));
    for (Coefficient c : model.coefficients()) {
      Double vif = model.vifs().get(c.name());
      notes.add(("%-" + width + "s  %10s %9s  [%9s, %9s]  %7s  %s").formatted(c.name(), NeedJson.text(c.estimate(), 5),
          NeedJson.text(c.se(), 5), NeedJson.text(c.ci95Lower(), 5), NeedJson.text(c.ci95Upper(), 5),
          c.p() < 0.0001 ? "<0.0001" : NeedJson.text(c.p(), 4), vif == null ? "" : NeedJson.text(vif, 2)));
    }
    notes.add("Deviance explained %s; AIC %s; Pearson dispersion %s%s."
        .formatted(NeedJson.text(model.devianceExplained(), 3), NeedJson.text(model.aic(), 2),
            NeedJson.text(model.dispersion(), 2),
            Double.isNaN(model.theta()) ? "" : "; theta %s (SE %s)".formatted(NeedJson.text(model.theta(), 3),
                NeedJson.text(model.thetaSe(), 3))));
    notes.add(model.leaveOneOut() ? "Expected counts: leave-one-out (each authority from the model fitted without it)."
        : "Expected counts: from the model fitted to all authorities.");
    notes.add("Ratio = observed / expected; 95% CI exact Poisson for the observed count, expected taken as known.");
    if (model.funnelMethod() != null) {
      notes.add("Position on the funnel of observed/expected ratios (E as precision): " + model.funnelMethod() + ".");
    }
    if (model.nation() != null) {
      notes.add("Both nations in one model, with a nation term " + JointTerms.WALES + " (1 for a Welsh authority)"
          + (model.nation().interactions() ? " and its interactions; factors centred at the mean of all authorities." : "."));
      notes.add(JointText.summary(uk.lacexplorer.i18n.Lang.EN, model));
      String outliers = JointText.outliers(uk.lacexplorer.i18n.Lang.EN, model);
      if (!outliers.isEmpty()) notes.add(outliers);
    }
    return notes;
  }
}
