package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.projection.Drift;
import uk.lacexplorer.stats.projection.StockFlowModel;

/**
 * What a projection at an origin learns from every authority of the nation in the years before it, never after:
 * <ul>
 *   <li>the {@link Drift} of the rates, from the nation's published flows (England) or, where the dataset holds only
 *   the stock (Wales), from the flows inferred from it with England's exit probability, as the calibration does, so
 *   that all of the stock's wandering is carried by the entry rate;</li>
 *   <li>the damping: the share of the model's yearly step that, over all one-year forecasts whose outcome was known
 *   by the origin, gave the smallest mean absolute percentage error (a grid of 0, 0.05, …, 1; 1 with none).</li>
 * </ul>
 *
 * @param damping 0–1: the share of the model's step the centre of the projection takes each year
 * @param dampingForecasts the one-year forecasts the damping was chosen on
 */
public record Dynamics(Drift drift, double damping, int dampingForecasts) {
  static final int GRID = 20;

  /** Estimates for one nation, computing the authorities' one-year forecasts once. */
  static final class Estimator {
    private final NationSeries data;
    private final NationSeries england;
    private final List<double[]> oneYear = new ArrayList<>();
    private final Map<Integer, Dynamics> byOrigin = new HashMap<>();

    Estimator(NationSeries data, NationSeries england) {
      this.data = data;
      this.england = england;
      for (Area area : data.authorities()) {
        for (var entry : data.series(NationSeries.STOCK, area.code()).entrySet()) {
          int origin = entry.getKey();
          Double actual = data.get(NationSeries.STOCK, area.code(), origin + 1);
          Double population = data.population(area.code(), origin + 1);
          if (actual == null || actual <= 0 || population == null || entry.getValue() <= 0) continue;
          Calibration calibration;
          try {
            calibration = Calibration.of(data, area.code(), origin, england);
          } catch (UserError e) {
            continue;
          }
          var history = calibration.history();
          double model = new StockFlowModel(history.entryRatePer10k(), history.exitProbability())
              .step(entry.getValue(), population);
          oneYear.add(new double[] {origin, entry.getValue(), model, actual});
        }
      }
    }

    synchronized Dynamics at(int origin) {
      return byOrigin.computeIfAbsent(origin, this::estimate);
    }

    private Dynamics estimate(int origin) {
      Double q = data.hasFlows() ? null : Calibration.englandExit(england, origin);
      Drift drift = data.hasFlows() || q != null ? Drift.estimate(runs(data, origin, q)) : Drift.NONE;
      double best = 1;
      double bestError = Double.POSITIVE_INFINITY;
      int used = 0;
      for (int g = 0; g <= GRID; g++) {
        double damping = (double) g / GRID;
        double error = 0;
        int n = 0;
        for (double[] f : oneYear) {
          if (f[0] + 1 > origin) continue;
          error += Math.abs(f[1] + damping * (f[2] - f[1]) - f[3]) / f[3];
          n++;
        }
        used = n;
        if (n > 0 && error / n < bestError - 1e-12) {
          bestError = error / n;
          best = damping;
        }
      }
      return new Dynamics(drift, best, used);
    }

    /**
     * Every authority's consecutive years of flows up to the origin (a gap starts a new run): published, or with
     * {@code inferredExit} not null inferred from the stock.
     */
    private static List<List<Drift.Year>> runs(NationSeries flows, int origin, Double inferredExit) {
      List<List<Drift.Year>> runs = new ArrayList<>();
      for (Area area : flows.authorities()) {
        List<Drift.Year> run = new ArrayList<>();
        int previous = Integer.MIN_VALUE;
        String counted = inferredExit == null ? NationSeries.STARTED : NationSeries.STOCK;
        for (int year : flows.series(counted, area.code()).headMap(origin, true).keySet()) {
          Calibration.Flow flow = inferredExit == null ? Calibration.flow(flows, area.code(), year)
              : Calibration.inferredFlow(flows, area.code(), year, inferredExit);
          if (flow == null || year != previous + 1) {
            if (run.size() > 1) runs.add(run);
            run = new ArrayList<>();
          }
          previous = flow == null ? Integer.MIN_VALUE : year;
          if (flow != null) run.add(new Drift.Year(flow.started(), flow.population(), flow.ceased(), flow.atRisk()));
        }
        if (run.size() > 1) runs.add(run);
      }
      return runs;
    }
  }
}
