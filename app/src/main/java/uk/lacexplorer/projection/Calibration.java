package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.projection.FlowHistory;

/**
 * The flows an authority's projection is calibrated on: the last {@value #WINDOW} years up to the origin. Where
 * starts are published (England) they are used as they are, and the children who left are those the published
 * stock implies, {@code S_{t−1} + E_t − S_t}: DfE counts a child once however many times they start or cease in a
 * year, so published ceased exceed what the stock implies by about 0.5–1% of the stock a year (measured on every
 * English authority, 2011–2024), which a model of the stock would otherwise turn into a steady fall. Published
 * ceased are used only where the next stock is missing. Where only the stock is published (Wales in the
 * shipped dataset), entrants are inferred from the change in stock with England's exit probability over the same
 * years: {@code E = (S_t − (1 − q) S_{t−1}) / (1 − q)}, leavers {@code S_{t−1} + E − S_t}.
 *
 * @param inferred true when the flows were inferred from the stock
 */
public record Calibration(FlowHistory history, List<Integer> years, boolean inferred) {
  public static final int WINDOW = 3;

  /**
   * @param england England's series, for the exit probability when the authority's flows are not published
   */
  public static Calibration of(NationSeries data, AreaCode area, int origin, NationSeries england) {
    Calibration observed = observed(data, area, origin);
    if (observed != null) return observed;
    Double q = englandExit(england, origin);
    if (q != null) {
      Calibration inferred = inferred(data, area, origin, q);
      if (inferred != null) return inferred;
    }
    throw UserError.of("error.projection.history", area.value(), String.valueOf(origin), WINDOW - 1);
  }

  /** One year's published flows of an authority (ceased as the stock implies them), or null when any is missing. */
  record Flow(int year, double started, double ceased, double atRisk, double population) {
  }

  static Flow flow(NationSeries data, AreaCode area, int t) {
    Double s0 = data.get(NationSeries.STOCK, area, t - 1);
    Double s1 = data.get(NationSeries.STOCK, area, t);
    Double e = data.get(NationSeries.STARTED, area, t);
    Double p = data.population(area, t);
    if (s0 == null || e == null || p == null || p <= 0) return null;
    Double c = s1 != null ? Double.valueOf(Math.max(0, Math.min(s0 + e, s0 + e - s1)))
        : data.get(NationSeries.CEASED, area, t);
    if (c == null) return null;
    return new Flow(t, e, c, s0 + e, p);
  }

  static Calibration observed(NationSeries data, AreaCode area, int origin) {
    double started = 0, ceased = 0, atRisk = 0, population = 0;
    List<Integer> years = new ArrayList<>();
    for (int t = origin - WINDOW + 1; t <= origin; t++) {
      Flow flow = flow(data, area, t);
      if (flow == null) continue;
      started += flow.started();
      ceased += flow.ceased();
      atRisk += flow.atRisk();
      population += flow.population();
      years.add(t);
    }
    if (years.size() < WINDOW - 1 || atRisk <= 0 || ceased > atRisk) return null;
    return new Calibration(new FlowHistory(started, ceased, atRisk, population, years.size()), years, false);
  }

  /** England's exit probability over the window (national totals), when the series reaches it. */
  static Double englandExit(NationSeries england, int origin) {
    AreaCode code = Nation.ENGLAND.countryCode();
    Calibration at = observed(england, code, origin);
    // before England's series begins, its earliest window
    for (int year = origin + 1; at == null && year <= origin + 15; year++) at = observed(england, code, year);
    return at == null ? null : at.history().exitProbability();
  }

  /** One year's flows inferred from the stock with exit probability q, or null when a stock or population is missing. */
  static Flow inferredFlow(NationSeries data, AreaCode area, int t, double q) {
    Double s0 = data.get(NationSeries.STOCK, area, t - 1);
    Double s1 = data.get(NationSeries.STOCK, area, t);
    Double p = data.population(area, t);
    if (s0 == null || s1 == null || p == null || p <= 0) return null;
    double e = Math.max(0, (s1 - (1 - q) * s0) / (1 - q));
    double c = Math.max(0, Math.min(s0 + e, s0 + e - s1));
    return new Flow(t, e, c, s0 + e, p);
  }

  static Calibration inferred(NationSeries data, AreaCode area, int origin, double q) {
    double started = 0, ceased = 0, atRisk = 0, population = 0;
    List<Integer> years = new ArrayList<>();
    for (int t = origin - WINDOW + 1; t <= origin; t++) {
      Flow flow = inferredFlow(data, area, t, q);
      if (flow == null) continue;
      started += flow.started();
      ceased += flow.ceased();
      atRisk += flow.atRisk();
      population += flow.population();
      years.add(t);
    }
    if (years.size() < WINDOW - 1 || atRisk <= 0) return null;
    return new Calibration(new FlowHistory(started, ceased, atRisk, population, years.size()), years, true);
  }

}
