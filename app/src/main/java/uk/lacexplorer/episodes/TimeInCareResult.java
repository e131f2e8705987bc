package uk.lacexplorer.episodes;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.episodes.survival.CarePeriods;
import uk.lacexplorer.episodes.survival.Grouping;
import uk.lacexplorer.episodes.survival.TimeInCare;

/**
 * Time in care for the periods that began in the collection window ({@code ./lacx episodes survival}).
 *
 * @param rows the estimates, by group, months after entry and measure
 * @param startedBeforeWindow periods left out because they began before the window
 */
public record TimeInCareResult(Grouping grouping, List<TimeInCare.Row> rows, int startedBeforeWindow) {
  public TimeInCareResult {
    rows = List.copyOf(rows);
  }

  /** The estimates over the authorities' periods of care at the given months after entry. */
  public static TimeInCareResult of(List<AuthorityResult> results, Grouping grouping, List<Integer> months) {
    List<CarePeriods> periods = new ArrayList<>();
    int before = 0;
    for (AuthorityResult result : results) {
      if (result.periods() != null) {
        periods.add(result.periods());
        before += result.periods().startedBeforeWindow();
      }
    }
    return new TimeInCareResult(grouping, TimeInCare.estimate(periods, grouping, months), before);
  }
}
