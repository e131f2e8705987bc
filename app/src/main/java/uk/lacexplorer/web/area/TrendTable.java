package uk.lacexplorer.web.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.lacexplorer.cli.Numbers;
import uk.lacexplorer.cli.Report;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.web.overview.RatesTable;

/** An authority's trend as a table: the rates columns of {@code ./lacx rates} plus the nation's rate and interval. */
final class TrendTable {
  static final List<String> COLUMNS;

  static {
    List<String> columns = new ArrayList<>(RatesTable.COLUMNS);
    columns.addAll(List.of("national_rate_per_10000", "national_ci95_lower", "national_ci95_upper"));
    COLUMNS = List.copyOf(columns);
  }

  private TrendTable() {
  }

  static Report report(List<TrendPoint> points) {
    List<List<Object>> rows = new ArrayList<>();
    Report rates = RatesTable.report(points.stream().map(TrendPoint::area).toList());
    for (int i = 0; i < points.size(); i++) {
      List<Object> row = new ArrayList<>(rates.rows().get(i));
      RateRow nation = points.get(i).nation();
      row.addAll(nation == null ? Arrays.asList(null, null, null)
          : Arrays.asList(Numbers.round(nation.rate(), 4), Numbers.round(nation.lower(), 4), Numbers.round(nation.upper(), 4)));
      rows.add(row);
    }
    return Report.of(COLUMNS, rows, List.of());
  }
}
