package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.projection.FlowHistory;

/**
 * The flows an authority's projection is calibrated on: the last {@value #WINDOW} years up to the origin. Where
 * starts and ceased are published (England) they are used as they are; where only the stock is (Wales in the
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

  static Calibration observed(NationSeries data, AreaCode area, int origin) {
    double started = 0, ceased = 0, atRisk = 0, population = 0;
    List<Integer> years = new ArrayList<>();
    for (int t = origin - WINDOW + 1; t <= origin; t++) {
      Double s0 = data.get(NationSeries.STOCK, area, t - 1);
      Double e = data.get(NationSeries.STARTED, area, t);
      Double c = data.get(NationSeries.CEASED, area, t);
      Double p = data.population(area, t);
      if (s0 == null || e == null || c == null || p == null || p <= 0) continue;
      started += e;
      ceased += c;
      atRisk += s0 + e;
      population += p;
      years.add(t);
    }
    if (years.size() < WINDOW - 1 || atRisk <= 0 || ceased > atRisk) return null;
    return new Calibration(new FlowHistory(started, ceased, atRisk, population), years, false);
  }

  /** England's exit probability over the window (national totals), when the series reaches it. */
  static Double englandExit(NationSeries england, int origin) {
    AreaCode code = Nation.ENGLAND.countryCode();
    Calibration at = observed(england, code, origin);
    // before England's series begins, its earliest window
    for (int year = origin + 1; at == null && year <= origin + 15; year++) at = observed(england, code, year);
    return at == null ? null : at.history().exitProbability();
  }

  static Calibration inferred(NationSeries data, AreaCode area, int origin, double q) {
    double started = 0, ceased = 0, atRisk = 0, population = 0;
    List<Integer> years = new ArrayList<>();
    for (int t = origin - WINDOW + 1; t <= origin; t++) {
      Double s0 = data.get(NationSeries.STOCK, area, t - 1);
      Double s1 = data.get(NationSeries.STOCK, area, t);
      Double p = data.population(area, t);
      if (s0 == null || s1 == null || p == null || p <= 0) continue;
      double e = Math.max(0, (s1 - (1 - q) * s0) / (1 - q));
      double c = Math.max(0, Math.min(s0 + e, s0 + e - s1));
      started += e;
      ceased += c;
      atRisk += s0 + e;
      population += p;
      years.add(t);
    }
    if (years.size() < WINDOW - 1 || atRisk <= 0) return null;
    return new Calibration(new FlowHistory(started, ceased, atRisk, population), years, true);
  }
}
