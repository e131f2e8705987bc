package uk.lacexplorer.episodes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.lacexplorer.episodes.survival.TimeInCare;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.survival.Estimate;

/** Time in care as rows: one per group, months after entry and measure, with the estimate and its 95% interval. */
public final class TimeInCareTable {
  public static final List<Column> COLUMNS = List.of(Column.text("by"), Column.text("group"), Column.whole("periods"),
      Column.whole("months"), Column.whole("days"), Column.whole("at_risk"), Column.text("measure"),
      Column.decimals("estimate", 6, 4), Column.decimals("std_err", 6, 4), Column.decimals("ci95_lower", 6, 4),
      Column.decimals("ci95_upper", 6, 4));

  private TimeInCareTable() {
  }

  public static Output output(TimeInCareResult result) {
    String by = result.grouping().name().toLowerCase(Locale.ROOT);
    List<List<Object>> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (TimeInCare.Row row : result.rows()) {
      Estimate e = row.estimate();
      rows.add(Arrays.asList(by, row.group(), row.periods(), row.months(), row.days(), row.atRisk(), row.measure(),
          orNull(e.value()), orNull(e.standardError()), orNull(e.lower()), orNull(e.upper())));
      if (row.measure().equals("returned_home") && (row.months() == 6 || row.months() == 12)) {
        notes.add("%s %s: %.1f%% home within %d months (95%% CI %s)".formatted(by, row.group(), 100 * e.value(),
            row.months(), interval(e)));
      }
    }
    notes.add(result.startedBeforeWindow() + " periods that began before the collection window are left out (their"
        + " start is not in the extract's years).");
    return Output.of(COLUMNS, rows, notes);
  }

  private static String interval(Estimate e) {
    return e.hasInterval() ? "%.1f%%-%.1f%%".formatted(100 * e.lower(), 100 * e.upper()) : "not defined";
  }

  private static Double orNull(double value) {
    return Double.isNaN(value) ? null : value;
  }
}
