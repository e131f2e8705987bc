package uk.lacexplorer.projection;

import java.util.List;

/**
 * An authority's projection: the calibration (years, rates) and per projected year the baseline and, with a
 * scenario, the scenario and their difference, each with 50/80/95% intervals.
 *
 * @param calibration how the rates were obtained (observed flows, or entries inferred from the stock)
 * @param dynamics the drift of the rates and the damping learnt from the nation's earlier years
 * @param history the published stock at 31 March of up to ten years to the origin, for a chart
 * @param neighbours with a scenario matching the neighbours, their median rates beside the authority's own; else null
 * @param stages with a change at an earlier stage, that stage and the later ones as published and as changed; else null
 */
public record ProjectionResult(ProjectionRequest request, String areaCode, String areaName, String nation, int origin,
                               double originStock, List<Integer> calibrationYears, String calibration,
                               double entryRatePer10k, double exitProbability, Dynamics dynamics,
                               List<Year> years, List<Observed> history, NeighbourMedian neighbours,
                               StageChain stages) {
  public ProjectionResult {
    history = List.copyOf(history);
    calibrationYears = List.copyOf(calibrationYears);
    years = List.copyOf(years);
  }

  /** One projected year (31 March of {@code year}). {@code scenario} and {@code difference} are null without one. */
  public record Year(int year, double population, Band baseline, Band scenario, Band difference) {
  }

  /**
   * The need-based statistical neighbours whose median rates the scenario took ({@code match}: entry, exit or both),
   * each calibrated on the same window as the authority: their codes and names, their median entry rate per 10,000
   * and exit probability, and the authority's own.
   */
  public record NeighbourMedian(String match, List<String> codes, List<String> names, List<String> namesCy,
                                double entryRatePer10k, double exitProbability, double ownEntryRatePer10k,
                                double ownExitProbability) {
    public NeighbourMedian {
      codes = List.copyOf(codes);
      names = List.copyOf(names);
      namesCy = List.copyOf(namesCy);
    }
  }

  /**
   * A change at an earlier stage of the cascade ({@code pct} at {@code stage}, the counts of the year ending 31 March
   * {@code year}) and how it is carried through: each later stage with its published count, its conversion per 100 of
   * the stage before, and its count once changed (null where not published).
   */
  public record StageChain(String stage, double pct, int year, List<StageRow> rows) {
    public StageChain {
      rows = List.copyOf(rows);
    }
  }

  public record StageRow(String stage, Double count, Double per100Previous, Double changed) {
  }

  /** A published stock at 31 March of {@code year}. */
  public record Observed(int year, double stock) {
  }

  public record Band(double expected, double median, double lower50, double upper50, double lower80, double upper80,
                     double lower95, double upper95) {
  }
}
