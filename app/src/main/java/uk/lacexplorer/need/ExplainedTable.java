package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of the explained-variation series: a row per nation and year. */
public final class ExplainedTable {
  public static final List<Column> COLUMNS = List.of(Column.text("nation"), Column.whole("year"),
      Column.whole("authorities"), Column.text("covariate_years"), Column.decimals("deviance_explained_deprivation", 6, 3),
      Column.decimals("deviance_explained_full", 6, 3), Column.decimals("dispersion_null", 6, 3),
      Column.decimals("dispersion_deprivation", 6, 3), Column.decimals("dispersion_full", 6, 3),
      Column.decimals("overdispersion_drop_deprivation", 6, 3), Column.decimals("overdispersion_drop_full", 6, 3));

  private ExplainedTable() {
  }

  public static Output output(ExplainedVarianceService.Series series) {
    List<List<Object>> rows = new ArrayList<>();
    for (ExplainedVariance row : series.rows()) {
      rows.add(Output.row(row.nation().id(), row.year(), row.authorities(), row.covariateYears(),
          row.devianceExplainedDeprivation(), row.devianceExplainedFull(), row.dispersionNull(),
          row.dispersionDeprivation(), row.dispersionFull(), row.overdispersionDropDeprivation(),
          row.overdispersionDropFull()));
    }
    List<String> notes = new ArrayList<>();
    notes.add("Deviance explained = 1 - D(model) / D(intercept only); overdispersion drop = 1 - phi(model) / phi(intercept only).");
    for (String skipped : series.skipped()) notes.add("Skipped " + skipped);
    return Output.of(COLUMNS, rows, notes);
  }
}
