package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.stats.decompose.EntryDurationDecomposition;
import uk.lacexplorer.stats.decompose.ExitRoutes;

/** The one mapper of a {@link Decomposition}: the rate gap split into entries and duration, then the routes out. */
public final class DecomposeTable {
  public static final List<Column> COLUMNS = List.of(Column.text("component"), Column.decimals("authority", 4, 2),
      Column.decimals("neighbours", 4, 2), Column.decimals("ratio", 4, 2), Column.decimals("log_ratio", 6, 3),
      Column.decimals("share_of_gap", 4, 2));

  private DecomposeTable() {
  }

  public static Output output(Decomposition d) {
    EntryDurationDecomposition split = d.split();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(Output.row("children in care per 10,000", split.authority().stockRate(10_000),
        split.benchmark().stockRate(10_000), split.rateRatio(), split.logGap(), 1.0));
    rows.add(Output.row("entries per 10,000 per year", split.authority().entryRate(10_000),
        split.benchmark().entryRate(10_000), split.entryRatio(), split.logEntryRatio(), split.entryShare()));
    rows.add(Output.row("mean years in care (stock / entries)", split.authority().meanDurationYears(),
        split.benchmark().meanDurationYears(), split.durationRatio(), split.logDurationRatio(), split.durationShare()));
    for (ExitRoutes.Route route : d.routes()) {
      rows.add(Output.row("share of leavers: " + route.route().replace("children_ceased_", "").replace('_', ' '),
          route.share(), route.benchmarkShare(), route.share() / route.benchmarkShare(), Double.NaN, Double.NaN));
    }
    List<String> notes = new ArrayList<>(d.notes());
    notes.add("%s against the pooled rate of its %d neighbours: %s.".formatted(d.neighbours().authority().name(),
        d.neighbours().k(), String.join(", ", d.neighbours().neighbours().stream().map(n -> n.authority().name()).toList())));
    notes.add("ln(rate ratio) = ln(entry ratio) + ln(duration ratio); share_of_gap is each part over ln(rate ratio).");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", d.neighbours().authority().code().value());
    json.put("area_name", d.neighbours().authority().name());
    json.put("neighbours", d.neighbours().neighbours().stream().map(n -> n.authority().code().value()).toList());
    json.put("components", Output.objects(COLUMNS, rows));
    json.put("entry_share", NeedJson.finite(split.entryShare()));
    json.put("duration_share", NeedJson.finite(split.durationShare()));
    return new Output(COLUMNS, rows, notes, json);
  }
}
