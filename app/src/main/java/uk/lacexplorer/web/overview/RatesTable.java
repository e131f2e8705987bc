package uk.lacexplorer.web.overview;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lacexplorer.cli.Numbers;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.rates.RateRow;

/**
 * Rates as the command line prints them ({@code ./lacx rates --format json|csv}): the same columns, names and
 * rounding (4 decimals), authorities in code order and the nation last.
 */
public final class RatesTable {
  public static final List<String> COLUMNS = List.of("area_code", "area_name", "year", "count", "count_flag",
      "population_0_17", "population_year", "denominator_flag", "rate_per_10000", "ci95_lower", "ci95_upper", "rank");

  private RatesTable() {
  }

  public static Report report(List<RateRow> rows) {
    List<List<Object>> table = new ArrayList<>();
    for (RateRow row : rows) {
      table.add(Arrays.asList(row.areaCode().value(), row.areaName(), row.year(), row.count(), row.countFlag(),
          row.denominator().population(), row.denominator().populationYear(), row.denominatorFlag(),
          Numbers.round(row.rate(), 4), Numbers.round(row.lower(), 4), Numbers.round(row.upper(), 4), row.rank()));
    }
    return Report.of(COLUMNS, table, List.of());
  }
}
