package uk.lacexplorer.need;

import java.util.List;
import java.util.Map;
import uk.lacexplorer.stats.regression.Coefficient;

/**
 * A need-adjusted model and each authority's observed count against its expectation.
 *
 * @param theta NB2 θ (NaN for Poisson)
 * @param leaveOneOut whether each authority's expectation comes from the model fitted without it
 * @param funnelMethod how the funnel positions were found, or null when no funnel was available
 * @param nation across both nations, how far Welsh rates differ once the factors are counted; null for one nation
 */
public record NeedModel(ModelRequest request, NeedTable table, ModelFamily family, List<Coefficient> coefficients, double theta, double thetaSe,
                        double devianceExplained, double aic, double dispersion, Map<String, Double> vifs,
                        boolean leaveOneOut, List<AreaRatio> areas, String funnelMethod, NationEffect nation) {
  public NeedModel {
    coefficients = List.copyOf(coefficients);
    vifs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vifs));
    areas = List.copyOf(areas);
  }

  /** One authority: observed and expected counts, their ratio with a 95% interval, and its funnel position. */
  public record AreaRatio(AuthorityNeed authority, double observed, double expected, double ratio, double lower,
                          double upper, String position) {
  }
}
