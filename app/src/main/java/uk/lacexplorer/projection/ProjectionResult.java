package uk.lacexplorer.projection;

import java.util.List;

/**
 * An authority's projection: the calibration (years, rates) and per projected year the baseline and, with a
 * scenario, the scenario and their difference, each with 50/80/95% intervals.
 *
 * @param calibration how the rates were obtained (observed flows, or entries inferred from the stock)
 * @param dynamics the drift of the rates and the damping learnt from the nation's earlier years
 * @param history the published stock at 31 March of up to ten years to the origin, for a chart
 */
public record ProjectionResult(ProjectionRequest request, String areaCode, String areaName, String nation, int origin,
                               double originStock, List<Integer> calibrationYears, String calibration,
                               double entryRatePer10k, double exitProbability, Dynamics dynamics,
                               List<Year> years, List<Observed> history) {
  public ProjectionResult {
    history = List.copyOf(history);
    calibrationYears = List.copyOf(calibrationYears);
    years = List.copyOf(years);
  }

  /** One projected year (31 March of {@code year}). {@code scenario} and {@code difference} are null without one. */
  public record Year(int year, double population, Band baseline, Band scenario, Band difference) {
  }

  /** A published stock at 31 March of {@code year}. */
  public record Observed(int year, double stock) {
  }

  public record Band(double expected, double median, double lower50, double upper50, double lower80, double upper80,
                     double lower95, double upper95) {
  }
}
