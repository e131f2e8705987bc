package uk.lacexplorer.projection;

import java.util.List;

/**
 * Backtest scores per years ahead: mean absolute percentage error of the model's expected stock and of two naive
 * forecasts (last value; linear trend of the last five years), and the share of outcomes inside the model's 80% and
 * 95% intervals.
 */
public record BacktestResult(BacktestRequest request, List<Integer> origins, int authorities, List<Row> rows) {
  public BacktestResult {
    origins = List.copyOf(origins);
    rows = List.copyOf(rows);
  }

  /** {@code ahead} 0 = all horizons together. */
  public record Row(int ahead, int forecasts, double modelMape, double lastValueMape, double trendMape,
                    double inside80, double inside95) {
  }
}
