package uk.lacexplorer.store;

import java.util.Collection;
import java.util.List;
import uk.lacexplorer.area.AreaCode;

/**
 * Which observations to read. Null or empty fields do not restrict.
 *
 * @param breakdown {@code ""} for totals only (the default), {@code null} for every breakdown
 */
public record ObservationQuery(String measure, Collection<AreaCode> areas, Integer fromPeriod, Integer toPeriod,
                               String breakdown) {
  public ObservationQuery {
    areas = areas == null ? List.of() : List.copyOf(areas);
  }

  public static ObservationQuery totals(String measure) {
    return new ObservationQuery(measure, List.of(), null, null, "");
  }

  public ObservationQuery forAreas(Collection<AreaCode> codes) {
    return new ObservationQuery(measure, codes, fromPeriod, toPeriod, breakdown);
  }

  public ObservationQuery between(Integer from, Integer to) {
    return new ObservationQuery(measure, areas, from, to, breakdown);
  }

  public ObservationQuery inPeriod(int period) {
    return between(period, period);
  }

  public ObservationQuery allBreakdowns() {
    return new ObservationQuery(measure, areas, fromPeriod, toPeriod, null);
  }
}
