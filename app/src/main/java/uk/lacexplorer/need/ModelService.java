package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.glm.GlmFit;
import uk.lacexplorer.stats.glm.ObservedExpected;
import uk.lacexplorer.stats.regression.Design;
import uk.lacexplorer.stats.regression.VarianceInflation;

/**
 * The need-adjusted model: a Poisson or NB2 GLM of counts with log(population 0–17) as offset, each authority's
 * expected count (optionally leave-one-out), its observed/expected ratio with an exact 95% interval, and its position
 * on a funnel of ratios when a {@link RatioFunnel} is given.
 */
public final class ModelService {
  private final NeedTables tables;

  public ModelService(NeedTables tables) {
    this.tables = tables;
  }

  public NeedModel run(ModelRequest modelRequest) {
    NeedTable table = tables.load(modelRequest.need());
    ModelFamily family = modelRequest.family();
    boolean leaveOneOut = modelRequest.leaveOneOut();
    Optional<RatioFunnel> funnel = Optional.ofNullable(modelRequest.funnel()).map(FunnelRatioPositions::new);
    if (table.covariates().isEmpty()) throw UserError.of("error.need.covariateNeeded", Arg.option("covariates"));
    table.requireCovariatesWithinOneFifth();
    Design design = table.design();
    double[] counts = table.counts();
    double[] offsets = table.logPopulations();
    GlmFit fit = Fits.glm(design, counts, offsets, family);
    double[] expected = leaveOneOut ? Fits.leaveOneOut(design, counts, offsets, family) : fit.fitted();
    List<String> ids = table.rows().stream().map(row -> row.code().value()).toList();
    Optional<RatioFunnel.Positions> positions = funnel.map(f -> f.positions(ids, counts, expected));
    List<NeedModel.AreaRatio> areas = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      ObservedExpected ratio = ObservedExpected.of(counts[i], expected[i], 0.95);
      String position = positions.isPresent() ? positions.get().positions().get(i) : null;
      areas.add(new NeedModel.AreaRatio(table.rows().get(i), counts[i], expected[i], ratio.ratio(),
          ratio.interval().lower(), ratio.interval().upper(), position));
    }
    Map<String, Double> vifs = new LinkedHashMap<>(VarianceInflation.of(design));
    return new NeedModel(modelRequest, table, family, fit.coefficients(), fit.theta(), fit.thetaSe(), fit.devianceExplained(),
        fit.aic(), fit.dispersion(), vifs, leaveOneOut, areas, positions.map(RatioFunnel.Positions::method).orElse(null));
  }
}
