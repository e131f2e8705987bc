package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.need.FunnelRatioPositions;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.stats.funnel.Overdispersion;
import uk.lacexplorer.stats.funnel.Scale;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelService;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.stats.regression.Coefficient;

@Command(name = "model", mixinStandardHelpOptions = true,
    description = {"Need-adjusted model: a GLM of counts with log(population 0-17) as offset (Poisson, or negative binomial",
        "NB2 with theta by maximum likelihood), coefficients with SE, 95%% CI and p, deviance explained, AIC, VIFs, and for",
        "each authority its expected count and observed/expected ratio with an exact 95%% CI.",
        "At most one covariate per 5 authorities. --nation both refuses indices ranked within one nation (WIMD, IMD, IDACI)."})
final class ModelCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "observed", "expected", "ratio",
      "ratio_ci95_lower", "ratio_ci95_upper", "position");

  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--family", defaultValue = "negbin", paramLabel = "poisson|negbin",
      description = "Model family (default: ${DEFAULT-VALUE}).")
  String family;

  @Option(names = "--leave-one-out", description = "Expect each authority from the model fitted without it.")
  boolean leaveOneOut;

  @Option(names = "--limits", defaultValue = "exact", paramLabel = "exact|phe|normal",
      description = "Funnel of ratios: control limits, as ./lacx funnel (default: ${DEFAULT-VALUE}).")
  String limits;

  @Option(names = "--overdispersion", defaultValue = "none", paramLabel = "none|multiplicative|additive",
      description = "Funnel of ratios: widen the limits for overdispersion when phi > 1 (default: ${DEFAULT-VALUE}).")
  String overdispersion;

  @Option(names = "--scale", defaultValue = "sqrt", paramLabel = "sqrt|log",
      description = "Funnel of ratios: scale of the z-scores for phi (default: ${DEFAULT-VALUE}).")
  String scale;

  @Override
  protected Report report(Services services) {
    NeedModel model = new ModelService(new NeedTables(services.store(), services.measures()),
        Optional.of(new FunnelRatioPositions(funnelOptions())))
        .fit(need.request(NationScope.parse(nation)), ModelFamily.parse(family), leaveOneOut);
    List<List<Object>> rows = new ArrayList<>();
    List<Map<String, Object>> areas = new ArrayList<>();
    for (NeedModel.AreaRatio area : model.areas()) {
      List<Object> cells = Arrays.asList(area.authority().code().value(), area.authority().name(),
          Decimals.of(area.observed(), format == OutputFormat.TABLE ? 0 : -1, format), Decimals.of(area.expected(), format == OutputFormat.TABLE ? 1 : 4, format),
          Decimals.of(area.ratio(), format == OutputFormat.TABLE ? 2 : 4, format), Decimals.of(area.lower(), format == OutputFormat.TABLE ? 2 : 4, format),
          Decimals.of(area.upper(), format == OutputFormat.TABLE ? 2 : 4, format), area.position());
      rows.add(cells);
      Map<String, Object> json = new LinkedHashMap<>();
      for (int c = 0; c < COLUMNS.size(); c++) json.put(COLUMNS.get(c), cells.get(c));
      areas.add(json);
    }
    return new Report(COLUMNS, rows, notes(model), json(model, areas));
  }

  private FunnelOptions funnelOptions() {
    try {
      return FunnelOptions.defaults().with(LimitMethod.parse(limits)).with(Overdispersion.parse(overdispersion))
          .with(Scale.parse(scale));
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
  }

  private static Map<String, Object> json(NeedModel model, List<Map<String, Object>> areas) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("family", model.family().id());
    json.put("n", model.table().size());
    json.put("theta", NeedJson.finite(model.theta()));
    json.put("coefficients", model.coefficients().stream().map(NeedJson::coefficient).toList());
    json.put("deviance_explained", model.devianceExplained());
    json.put("aic", model.aic());
    json.put("areas", areas);
    json.put("vif", model.vifs());
    json.put("covariate_years", covariateYears(model));
    json.put("expectations", model.leaveOneOut() ? "leave_one_out" : "full");
    json.put("funnel", model.funnelMethod());
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
      notes.add(("%-" + width + "s  %10s %9s  [%9s, %9s]  %7s  %s").formatted(c.name(), Decimals.text(c.estimate(), 5),
          Decimals.text(c.se(), 5), Decimals.text(c.ci95Lower(), 5), Decimals.text(c.ci95Upper(), 5),
          c.p() < 0.0001 ? "<0.0001" : Decimals.text(c.p(), 4), vif == null ? "" : Decimals.text(vif, 2)));
    }
    notes.add("Deviance explained %s; AIC %s; Pearson dispersion %s%s."
        .formatted(Decimals.text(model.devianceExplained(), 3), Decimals.text(model.aic(), 2),
            Decimals.text(model.dispersion(), 2),
            Double.isNaN(model.theta()) ? "" : "; theta %s (SE %s)".formatted(Decimals.text(model.theta(), 3),
                Decimals.text(model.thetaSe(), 3))));
    notes.add(model.leaveOneOut() ? "Expected counts: leave-one-out (each authority from the model fitted without it)."
        : "Expected counts: from the model fitted to all authorities.");
    notes.add("Ratio = observed / expected; 95% CI exact Poisson for the observed count, expected taken as known.");
    if (model.funnelMethod() != null) {
      notes.add("Position on the funnel of observed/expected ratios (E as precision): " + model.funnelMethod() + ".");
    }
    return notes;
  }
}
