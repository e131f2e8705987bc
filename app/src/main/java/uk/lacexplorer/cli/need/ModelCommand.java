package uk.lacexplorer.cli.need;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.cli.FunnelOptionsMixin;
import uk.lacexplorer.cli.NeedOptions;
import uk.lacexplorer.need.HarmonisedFactors;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.need.ModelTable;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.output.Output;

@Command(name = "model", mixinStandardHelpOptions = true,
    description = {"Need-adjusted model: a GLM of counts with log(population 0-17) as offset (Poisson, or negative binomial",
        "NB2 with theta by maximum likelihood), coefficients with SE, 95%% CI and p, deviance explained, AIC, VIFs, and for",
        "each authority its expected count and observed/expected ratio with an exact 95%% CI.",
        "At most one covariate per 5 authorities. --nation both refuses indices ranked within one nation (WIMD, IMD, IDACI),",
        "adds a nation term (how far Welsh rates differ, with its 95%% CI, and the Welsh authorities outside the joint funnel)",
        "and without --covariates uses the harmonised default set: " + "children_low_income_pct, households_deprived_2_dimensions_pct,",
        "children_aged_16_17_pct, household_size_mean, population_density_per_km2."})
public final class ModelCommand extends AnalysisCommand {
  @Option(names = "--nation", required = true, paramLabel = "wales|england|both")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--family", paramLabel = "poisson|negbin", description = "Model family (default: " + ModelRequest.DEFAULT_FAMILY + ").")
  String family;

  @Option(names = "--leave-one-out", description = "Expect each authority from the model fitted without it.")
  boolean leaveOneOut;

  @Mixin
  FunnelOptionsMixin funnel;

  @Option(names = "--interactions", description = "With --nation both: let each factor's effect differ in Wales (nation x factor terms).")
  boolean interactions;

  @Option(names = "--select", description = {"Compare every set of the named factors (at most 6) by AIC and leave-one-out",
      "deviance, with the largest VIF and the factors whose effect is not distinguishable from zero."})
  boolean select;

  @Override
  protected Output output(Application app) {
    ModelRequest request = new ModelRequest(HarmonisedFactors.orDefault(need.request(NationScope.parse(nation))),
        ModelFamily.parse(family, ModelFamily.NEGBIN), leaveOneOut, funnel.options(), interactions);
    if (select) return uk.lacexplorer.need.SelectionTable.output(app.modelSelection().run(request));
    return ModelTable.output(app.model().run(request));
  }
}
