package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.compare.ChangeResult;
import uk.lacexplorer.compare.ChangeService;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.stats.regression.Design;
import uk.lacexplorer.stats.regression.Ols;
import uk.lacexplorer.stats.regression.OlsFit;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * Whether authorities whose need rose saw their rate rise (the 2013 research's Figure 15): the change in rate of
 * {@code change} against the change in a need factor between the factor's years nearest each end (a year the factor
 * has for at least half the authorities), fitted by weighted least squares, each authority weighted by the inverse
 * variance of its rate change (from its 95% MOVER interval), so that a small authority's noisy change counts less.
 */
public final class ChangesService {
  static final double FAR = 2;
  private static final double Z = 1.959963984540054;
  private final ChangeService changes;
  private final ObservationStore store;
  private final MeasureCatalogue measures;

  public ChangesService(ChangeService changes, ObservationStore store, MeasureCatalogue measures) {
    this.changes = changes;
    this.store = store;
    this.measures = measures;
  }

  public ChangesResult run(ChangesRequest request) {
    String factor = measures.get(request.factor().value()).id();
    ChangeResult change = changes.run(request.change());
    List<AreaCode> codes = change.rows().stream().map(r -> new AreaCode(r.areaCode())).toList();
    Map<Integer, Map<String, Double>> byYear = new HashMap<>();
    for (Observation o : store.find(ObservationQuery.totals(factor).forAreas(codes))) {
      if (!o.isMissing()) byYear.computeIfAbsent(o.period(), y -> new HashMap<>()).put(o.area().value(), o.value());
    }
    TreeSet<Integer> years = new TreeSet<>();
    byYear.forEach((year, values) -> {
      if (values.size() * 2 >= codes.size()) years.add(year);
    });
    if (years.isEmpty()) throw UserError.of("error.changes.noFactor", factor);
    int factorFrom = nearest(years, change.fromYear(), true);
    int factorTo = nearest(years, change.toYear(), false);
    if (factorFrom >= factorTo) {
      throw UserError.of("error.changes.oneYear", factor, change.fromYear(), change.toYear(), factorFrom, years.toString());
    }
    List<ChangeResult.Row> used = new ArrayList<>();
    List<double[]> xs = new ArrayList<>();
    List<String> excluded = new ArrayList<>(change.excluded());
    for (ChangeResult.Row row : change.rows()) {
      Double a = byYear.get(factorFrom).get(row.areaCode());
      Double b = byYear.get(factorTo).get(row.areaCode());
      double se = (row.upper95() - row.lower95()) / (2 * Z);
      if (a == null || b == null || !(se > 0)) {
        excluded.add(row.areaName() + (a == null || b == null ? " (no " + factor + " in " + (a == null ? factorFrom : factorTo) + ")"
            : " (no interval for its change)"));
        continue;
      }
      used.add(row);
      xs.add(new double[] {a, b, se});
    }
    if (used.size() < 4) throw UserError.of("error.changes.tooFew", used.size());
    int n = used.size();
    double[][] design = new double[n][];
    double[] y = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      design[i] = new double[] {xs.get(i)[1] - xs.get(i)[0]};
      y[i] = used.get(i).change();
      w[i] = 1 / (xs.get(i)[2] * xs.get(i)[2]);
    }
    OlsFit fit = Ols.fit(Design.withIntercept(List.of(factor), design), y, w);
    List<ChangesResult.Row> rows = new ArrayList<>();
    List<String> far = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ChangeResult.Row r = used.get(i);
      double residual = fit.standardisedResiduals()[i];
      rows.add(new ChangesResult.Row(r.areaCode(), r.areaName(), r.change(), r.lower95(), r.upper95(), xs.get(i)[0],
          xs.get(i)[1], design[i][0], fit.fitted()[i], residual));
      if (Math.abs(residual) > FAR) far.add(r.areaName());
    }
    return new ChangesResult(request, change.measure(), factor, change.fromYear(), change.toYear(), factorFrom, factorTo,
        rows, fit.coefficient(Design.INTERCEPT), fit.coefficient(factor), fit.rSquared(), far, excluded);
  }

  /** The factor's year nearest the given one; on a tie the earlier for the first end, the later for the second. */
  static int nearest(TreeSet<Integer> years, int year, boolean earlier) {
    Integer below = years.floor(year);
    Integer above = years.ceiling(year);
    if (below == null) return above;
    if (above == null) return below;
    int down = year - below;
    int up = above - year;
    if (down == up) return earlier ? below : above;
    return down < up ? below : above;
  }
}
