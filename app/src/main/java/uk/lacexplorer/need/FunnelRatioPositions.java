package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.stats.funnel.ControlLimits;
import uk.lacexplorer.stats.funnel.Funnel;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.FunnelPlot;
import uk.lacexplorer.stats.funnel.FunnelUnit;
import uk.lacexplorer.stats.funnel.Position;

/**
 * Positions on a funnel of observed/expected ratios, using the funnel-plot code with each authority's expected count E
 * as its denominator: the unit "rate" is O/E and the target is 1 (the model's expectation). The funnel code estimates
 * the dispersion (φ, τ²) of the units — around ΣO/ΣE, which is exactly 1 for a Poisson model with an intercept fitted
 * to all authorities and close to 1 otherwise — and draws the limits (exact, PHE or normal; adjusted for
 * overdispersion when asked) around 1.
 */
public final class FunnelRatioPositions implements RatioFunnel {
  private final FunnelOptions options;

  public FunnelRatioPositions(FunnelOptions options) {
    this.options = options;
  }

  @Override
  public Positions positions(List<String> ids, double[] observed, double[] expected) {
    List<FunnelUnit> units = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) units.add(new FunnelUnit(ids.get(i), observed[i], expected[i]));
    Funnel funnel = FunnelPlot.analyse(units, options);
    ControlLimits limits = ControlLimits.of(1.0, options.limits(), options.overdispersion(), funnel.dispersion());
    List<String> positions = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      positions.add(Position.of(observed[i] / expected[i], limits.at(expected[i])).id());
    }
    String method = String.format(Locale.ROOT, "%s around a target ratio of 1; phi %.3f (overall observed/expected %.4f)",
        limits.describe(), funnel.dispersion().phi(), funnel.pooledRate());
    return new Positions(positions, method);
  }
}
