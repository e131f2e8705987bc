package uk.lacexplorer.compare;

import java.util.List;

/**
 * The change in each authority's rate per 10,000 between two years, with a 95% interval (MOVER from each year's
 * Byar's/exact interval), ranked by the change (1 = largest rise), and the nations' own change. JSON-ready.
 */
public record ChangeResult(ChangeRequest request, String measure, int fromYear, int toYear, List<String> nations, List<Row> rows,
                           List<Row> nationRows, List<String> denominators, List<String> excluded) {
  public ChangeResult {
    nations = List.copyOf(nations);
    rows = List.copyOf(rows);
    nationRows = List.copyOf(nationRows);
    denominators = List.copyOf(denominators);
    excluded = List.copyOf(excluded);
  }

  /** One authority or nation; {@code rank} is null for a nation. */
  public record Row(String areaCode, String areaName, double countFrom, double populationFrom, double rateFrom,
                    double countTo, double populationTo, double rateTo, double change, double lower95, double upper95,
                    boolean significant, Integer rank) {
  }
}
