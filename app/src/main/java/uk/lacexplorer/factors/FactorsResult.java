package uk.lacexplorer.factors;

import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.measure.Measure;

/**
 * An authority's moderating factors, each in the latest year the authority has a value, beside the same year's
 * values of every current authority of its nation (their median and range). No ranks: the spread says whether a value
 * is unusual without putting authorities in order.
 *
 * @param rows the factors with a value for the authority, in the order of {@link FactorsService#FACTORS}
 * @param missing the factors the data hold for no year of the authority (for example the placement mix in Wales)
 */
public record FactorsResult(Area area, List<Row> rows, List<Measure> missing) {
  public FactorsResult {
    rows = List.copyOf(rows);
    missing = List.copyOf(missing);
  }

  public Row row(String measure) {
    return rows.stream().filter(each -> each.measure().id().equals(measure)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no factor " + measure));
  }

  /**
   * One factor.
   *
   * @param authorities how many of the nation's authorities have a value that year (the authority included)
   * @param median the median of their values (the mean of the middle two when their number is even)
   */
  public record Row(Measure measure, int year, double value, int authorities, double median, double min, double max) {
  }
}
