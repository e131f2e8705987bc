package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.stats.funnel.Funnel;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.stats.funnel.FunnelPlot;
import uk.lacexplorer.stats.funnel.FunnelPoint;
import uk.lacexplorer.stats.funnel.FunnelUnit;

/**
 * Positions on a funnel of observed/expected ratios, drawn by the funnel-plot code with each authority's expected count
 * E as its denominator: the unit "rate" is O/E and the centre is ΣO/ΣE (exactly 1 for a Poisson model with an
 * intercept fitted to all authorities; close to 1 otherwise). Limits and overdispersion as {@link FunnelOptions}.
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
    List<String> positions = funnel.points().stream().map(FunnelPoint::position).map(p -> p.id()).toList();
    String method = String.format(Locale.ROOT, "%s, centred on the overall observed/expected ratio %.4f, phi %.3f",
        funnel.limits().describe(), funnel.pooledRate(), funnel.dispersion().phi());
    return new Positions(positions, method);
  }
}
