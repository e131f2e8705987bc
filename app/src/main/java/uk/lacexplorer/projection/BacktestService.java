package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.projection.Fan;
import uk.lacexplorer.stats.projection.Projection;
import uk.lacexplorer.store.ObservationStore;

/**
 * Rolling-origin backtest: for every authority and origin Y, fit on years up to Y, project Y+1..Y+h and compare with
 * the published stock; the same for the last value and the linear trend of the last five years. The drift and the
 * damping at each origin come only from years up to it ({@link Dynamics}), as a forecaster at the origin would have.
 */
public final class BacktestService {
  static final int SIMULATIONS = 1_000;
  private final ObservationStore store;

  public BacktestService(ObservationStore store) {
    this.store = store;
  }

  public BacktestResult run(BacktestRequest request) {
    NationSeries data = NationSeries.load(store, request.nation());
    NationSeries england = request.nation() == Nation.ENGLAND ? data : NationSeries.load(store, Nation.ENGLAND);
    int h = request.horizon();
    TreeSet<Integer> stockYears = new TreeSet<>();
    for (Area area : data.authorities()) stockYears.addAll(data.series(NationSeries.STOCK, area.code()).keySet());
    if (stockYears.isEmpty()) throw UserError.of("error.projection.backtestNoData", request.nation().id());
    List<Integer> origins = new ArrayList<>();
    if (request.origin() != null) {
      origins.add(request.origin());
    } else {
      for (int y = stockYears.first() + Calibration.WINDOW - 1; y + h <= stockYears.last(); y++) origins.add(y);
    }
    double[][] sums = new double[h][5];
    int[] counts = new int[h];
    TreeSet<String> used = new TreeSet<>();
    Dynamics.Estimator dynamics = new Dynamics.Estimator(data, england);
    for (Area area : data.authorities()) {
      TreeMap<Integer, Double> stock = data.series(NationSeries.STOCK, area.code());
      for (int origin : origins) {
        Double start = stock.get(origin);
        if (start == null || start <= 0) continue;
        Calibration calibration;
        double[] population;
        try {
          calibration = Calibration.of(data, area.code(), origin, england);
          population = ProjectionService.population(data, area, origin, h);
        } catch (UserError e) {
          continue;
        }
        Dynamics at = dynamics.at(origin);
        var history = calibration.history();
        double[] model = Projection.expected(history, start, population, 1, p -> p);
        double[] centre = Projection.damped(history, start, population, at.damping());
        double[] shift = new double[centre.length];
        for (int t = 0; t < centre.length; t++) shift[t] = centre[t] - model[t];
        double[][] paths = Projection.shifted(Projection.simulate(history, at.drift(), start, population, 1, p -> p,
            SIMULATIONS, Projection.SEED), shift);
        List<Fan> fans = Projection.fans(paths, centre);
        double[] trend = trend(stock, origin);
        for (int k = 1; k <= h; k++) {
          Double actual = stock.get(origin + k);
          if (actual == null || actual <= 0 || trend == null) continue;
          Fan fan = fans.get(k - 1);
          double[] s = sums[k - 1];
          s[0] += Math.abs(fan.expected() - actual) / actual;
          s[1] += Math.abs(start - actual) / actual;
          s[2] += Math.abs(Math.max(0, trend[0] + trend[1] * (origin + k)) - actual) / actual;
          s[3] += fan.inside80(actual) ? 1 : 0;
          s[4] += fan.inside95(actual) ? 1 : 0;
          counts[k - 1]++;
          used.add(area.code().value());
        }
      }
    }
    List<BacktestResult.Row> rows = new ArrayList<>();
    double[] all = new double[5];
    int total = 0;
    for (int k = 0; k < h; k++) {
      if (counts[k] == 0) continue;
      rows.add(row(k + 1, counts[k], sums[k]));
      for (int i = 0; i < 5; i++) all[i] += sums[k][i];
      total += counts[k];
    }
    if (total == 0) throw UserError.of("error.projection.backtestNoData", request.nation().id());
    rows.add(row(0, total, all));
    return new BacktestResult(request, origins, used.size(), rows);
  }

  private static BacktestResult.Row row(int ahead, int n, double[] s) {
    return new BacktestResult.Row(ahead, n, 100 * s[0] / n, 100 * s[1] / n, 100 * s[2] / n, s[3] / n, s[4] / n);
  }

  /** Intercept and slope of the least-squares line through the stock of the five years up to the origin (≥ 3 points). */
  static double[] trend(TreeMap<Integer, Double> stock, int origin) {
    double n = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (int y = origin - 4; y <= origin; y++) {
      Double v = stock.get(y);
      if (v == null) continue;
      n++;
      sx += y;
      sy += v;
      sxx += (double) y * y;
      sxy += y * v;
    }
    if (n < 3) return null;
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    return new double[] {(sy - slope * sx) / n, slope};
  }
}
