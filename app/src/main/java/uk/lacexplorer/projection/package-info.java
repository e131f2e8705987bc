/**
 * Projections of the number of children looked after: a stock-flow model calibrated from the published series
 * ({@link uk.lacexplorer.projection.ProjectionService}), its rolling-origin backtest against naive forecasts
 * ({@link uk.lacexplorer.projection.BacktestService}) and scenarios ({@link uk.lacexplorer.projection.Scenario}).
 */
package uk.lacexplorer.projection;
