package uk.lacexplorer.projection;

import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;

/** A rolling-origin backtest over every authority of a nation: one origin, or every one the data allow when null. */
public record BacktestRequest(Nation nation, Integer origin, int horizon) {
  public BacktestRequest {
    if (nation != Nation.WALES && nation != Nation.ENGLAND) throw UserError.of("error.projection.nation");
    if (horizon < 1 || horizon > 5) throw UserError.of("error.projection.backtestHorizon", horizon);
  }

  public static BacktestRequest parse(String nation, String origin, String horizon) {
    Integer from = null;
    int years = 3;
    try {
      if (origin != null && !origin.isBlank()) from = Integer.parseInt(origin.strip());
      if (horizon != null && !horizon.isBlank()) years = Integer.parseInt(horizon.strip());
    } catch (NumberFormatException e) {
      throw UserError.of("error.projection.backtestNumber", origin == null ? "" : origin, horizon == null ? "" : horizon);
    }
    return new BacktestRequest(Nation.parse(nation), from, years);
  }
}
