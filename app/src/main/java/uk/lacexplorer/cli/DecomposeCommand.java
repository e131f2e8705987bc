package uk.lacexplorer.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.lacexplorer.Services;
import uk.lacexplorer.need.DecomposeService;
import uk.lacexplorer.need.Decomposition;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.stats.decompose.EntryDurationDecomposition;
import uk.lacexplorer.stats.decompose.ExitRoutes;

@Command(name = "decompose", mixinStandardHelpOptions = true,
    description = {"Entry versus time in care: an authority's rate in care against its statistical neighbours' pooled",
        "rate, split (stock ≈ entries × mean duration) into more children entering and children staying longer,",
        "with the routes out. Needs starts for the year (England, or any authority with episode data)."})
final class DecomposeCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("component", "authority", "neighbours", "ratio", "log_ratio", "share_of_gap");

  @Option(names = "--area", required = true, description = "Authority name or code.")
  String area;

  @Option(names = "--k", defaultValue = "5", description = "Number of neighbours (default: ${DEFAULT-VALUE}).")
  int k;

  @Mixin
  NeedOptions need;

  @Override
  protected Report report(Services services) {
    Decomposition d = new DecomposeService(new NeedTables(services.store(), services.measures()))
        .decompose(area, need.request(NationScope.WALES), k, MetricChoice.euclidean());
    EntryDurationDecomposition split = d.split();
    List<List<Object>> rows = new ArrayList<>();
    rows.add(row("children in care per 10,000", split.authority().stockRate(10_000), split.benchmark().stockRate(10_000),
        split.rateRatio(), split.logGap(), 1.0));
    rows.add(row("entries per 10,000 per year", split.authority().entryRate(10_000), split.benchmark().entryRate(10_000),
        split.entryRatio(), split.logEntryRatio(), split.entryShare()));
    rows.add(row("mean years in care (stock / entries)", split.authority().meanDurationYears(),
        split.benchmark().meanDurationYears(), split.durationRatio(), split.logDurationRatio(), split.durationShare()));
    for (ExitRoutes.Route route : d.routes()) {
      rows.add(row("share of leavers: " + route.route().replace("children_ceased_", "").replace('_', ' '),
          route.share(), route.benchmarkShare(), route.share() / route.benchmarkShare(), Double.NaN, Double.NaN));
    }
    List<String> notes = new ArrayList<>(d.notes());
    notes.add("%s against the pooled rate of its %d neighbours: %s.".formatted(d.neighbours().authority().name(),
        d.neighbours().k(), String.join(", ", d.neighbours().neighbours().stream().map(n -> n.authority().name()).toList())));
    notes.add("ln(rate ratio) = ln(entry ratio) + ln(duration ratio); share_of_gap is each part over ln(rate ratio).");
    return new Report(COLUMNS, rows, notes, json(d, rows));
  }

  private List<Object> row(String component, double authority, double neighbours, double ratio, double log, double share) {
    int places = format == OutputFormat.TABLE ? 2 : 4;
    return Arrays.asList(component, Decimals.of(authority, places, format), Decimals.of(neighbours, places, format),
        Decimals.of(ratio, places, format), Decimals.of(log, format == OutputFormat.TABLE ? 3 : 6, format),
        Decimals.of(share, format == OutputFormat.TABLE ? 2 : 4, format));
  }

  private static Map<String, Object> json(Decomposition d, List<List<Object>> rows) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", d.neighbours().authority().code().value());
    json.put("area_name", d.neighbours().authority().name());
    json.put("neighbours", d.neighbours().neighbours().stream().map(n -> n.authority().code().value()).toList());
    List<Map<String, Object>> components = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> component = new LinkedHashMap<>();
      for (int c = 0; c < COLUMNS.size(); c++) component.put(COLUMNS.get(c), row.get(c));
      components.add(component);
    }
    json.put("components", components);
    json.put("entry_share", NeedJson.finite(d.split().entryShare()));
    json.put("duration_share", NeedJson.finite(d.split().durationShare()));
    return json;
  }
}
