package uk.lacexplorer.projection.episodes;

import java.util.List;
import java.util.Map;

/**
 * A projection from episodes: per month end the children looked after (central, 50/80/95% intervals, and with a
 * scenario its own central value and interval), and at the last month each placement type's and age band's central
 * value with its 80% interval; the calibration behind it.
 *
 * @param reference the extract's last month end (ISO date), the projection's start
 * @param entriesPerMonth children starting to be looked after in a month, mean over the window
 * @param exitPerMonth the share of children in care at a month end who have left by the next, over the window
 * @param startByType children in care on the reference day by placement type
 * @param millis read, calibrate and project times, for the benchmark
 */
public record EpisodeProjectionResult(EpisodeProjectionRequest request, String areaCode, String reference, int episodes,
                                      int children, int undated, long startStock, double entriesPerMonth,
                                      double exitPerMonth, Map<String, Long> startByType, List<Month> months,
                                      List<Group> endByType, List<Group> endByBand, Map<String, Long> millis) {
  public EpisodeProjectionResult {
    startByType = Map.copyOf(startByType);
    months = List.copyOf(months);
    endByType = List.copyOf(endByType);
    endByBand = List.copyOf(endByBand);
    millis = Map.copyOf(millis);
  }

  /** One month end: the baseline and, with a scenario, its central value and 95% interval (else NaN). */
  public record Month(String date, double expected, double median, double lower50, double upper50, double lower80,
                      double upper80, double lower95, double upper95, double scenarioExpected, double scenarioLower95,
                      double scenarioUpper95) {
  }

  /** A placement type or age band at the last month: central value and 80% interval (of the baseline). */
  public record Group(String id, long start, double expected, double lower80, double upper80) {
  }
}
