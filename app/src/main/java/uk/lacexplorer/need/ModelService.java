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
    boolean joint = modelRequest.joint();
    if (joint) {
      int terms = JointTerms.terms(table, modelRequest.interactions());
      if (terms * 5 > table.size()) throw UserError.of("error.need.tooManyCovariates", terms, table.size(), table.size() / 5);
    } else {
      table.requireCovariatesWithinOneFifth();
    }
    Design design = joint ? JointTerms.design(table, modelRequest.interactions()) : table.design();
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
    NationEffect nation = joint ? nationEffect(fit, modelRequest.interactions(), areas, tables) : null;
    return new NeedModel(modelRequest, table, family, fit.coefficients(), fit.theta(), fit.thetaSe(), fit.devianceExplained(),
        fit.aic(), fit.dispersion(), vifs, leaveOneOut, areas, positions.map(RatioFunnel.Positions::method).orElse(null),
        nation);
  }

  /** The nation term as a rate ratio, and the Welsh authorities outside the joint funnel's 95% limits. */
  private static NationEffect nationEffect(GlmFit fit, boolean interactions, List<NeedModel.AreaRatio> areas,
                                           NeedTables tables) {
    List<NationEffect.Outlier> outliers = new ArrayList<>();
    int welsh = 0;
    for (NeedModel.AreaRatio area : areas) {
      if (area.authority().nation() != uk.lacexplorer.area.Nation.WALES) continue;
      welsh++;
      if (area.position() != null && !area.position().equals(uk.lacexplorer.stats.funnel.Position.WITHIN.id())) {
        String welshName = tables.store().areas().get(area.authority().code()).name(true);
        outliers.add(new NationEffect.Outlier(area.authority().code().value(), area.authority().name(), welshName,
            area.ratio(), area.position()));
      }
    }
    return NationEffect.of(fit.coefficient(JointTerms.WALES), interactions, welsh, areas.size() - welsh, outliers);
  }
}
