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
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.need.NeighbourService;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.stats.peers.PeerComparison;

@Command(name = "neighbours", mixinStandardHelpOptions = true,
    description = {"Statistical neighbours: the k authorities nearest to one authority on standardised need factors",
        "(z-scores over its nation; Euclidean, weighted or Mahalanobis distance), their rates per 10,000, and the",
        "authority's rate against their median and range. --sensitivity repeats it leaving each factor out, with a",
        "smaller and a larger k and with the other distance, to show whether the conclusion holds."})
final class NeighboursCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "distance", "rate_per_10000");
  static final List<String> SENSITIVITY_COLUMNS = List.of("variant", "k", "distance", "neighbours", "rate_per_10000",
      "neighbours_median", "neighbours_min", "neighbours_max", "ratio_to_median", "position");

  @Option(names = "--area", required = true, description = "Authority name or code.")
  String area;

  @Option(names = "--k", defaultValue = "5", description = "Number of neighbours (default: ${DEFAULT-VALUE}).")
  int k;

  @Option(names = "--nation", paramLabel = "both", description = "Give 'both' to look for neighbours across Wales and England.")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--distance", defaultValue = "euclidean", paramLabel = "euclidean|weighted|mahalanobis")
  String distance;

  @Option(names = "--weights", split = ",", paramLabel = "W[,W...]", description = "One weight per covariate (weighted distance).")
  List<Double> weights;

  @Option(names = "--sensitivity", description = "Show how the comparison changes across neighbour sets.")
  boolean sensitivity;

  @Override
  protected Report report(Services services) {
    NeighbourService service = new NeighbourService(new NeedTables(services.store(), services.measures()));
    NationScope scope = nation == null ? NationScope.WALES : NationScope.parse(nation);
    MetricChoice metric = MetricChoice.parse(distance, weights);
    if (sensitivity) return sensitivity(service.sensitivity(area, need.request(scope), k, metric));
    NeighbourSet set = service.neighbours(area, need.request(scope), k, metric);
    List<List<Object>> rows = new ArrayList<>();
    for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
      rows.add(Arrays.asList(neighbour.authority().code().value(), neighbour.authority().name(),
          Decimals.of(neighbour.distance(), format == OutputFormat.TABLE ? 3 : 6, format),
          Decimals.of(neighbour.authority().ratePer10000(), format == OutputFormat.TABLE ? 1 : 4, format)));
    }
    List<String> notes = new ArrayList<>();
    notes.add("%s: %s per 10,000; neighbours' median %s (range %s to %s): %s, %s times the median."
        .formatted(set.authority().name(), Decimals.text(set.authority().ratePer10000(), 1),
            Decimals.text(set.comparison().median(), 1), Decimals.text(set.comparison().minimum(), 1),
            Decimals.text(set.comparison().maximum(), 1), describe(set.comparison().position()),
            Decimals.text(set.comparison().ratioToMedian(), 2)));
    notes.add("Distance: %s on z-scores of %s.".formatted(set.metric(), String.join(", ", set.covariates())));
    return new Report(COLUMNS, rows, notes, json(set));
  }

  private Report sensitivity(List<NeighbourSet> sets) {
    List<List<Object>> rows = new ArrayList<>();
    for (NeighbourSet set : sets) {
      PeerComparison c = set.comparison();
      rows.add(Arrays.asList(set.variant(), set.k(), set.metric(),
          String.join("; ", set.neighbours().stream().map(n -> n.authority().name()).toList()),
          Decimals.of(c.rate(), format == OutputFormat.TABLE ? 1 : 4, format), Decimals.of(c.median(), format == OutputFormat.TABLE ? 1 : 4, format),
          Decimals.of(c.minimum(), format == OutputFormat.TABLE ? 1 : 4, format), Decimals.of(c.maximum(), format == OutputFormat.TABLE ? 1 : 4, format),
          Decimals.of(c.ratioToMedian(), format == OutputFormat.TABLE ? 2 : 4, format), describe(c.position())));
    }
    PeerComparison.Position base = sets.get(0).comparison().position();
    boolean aboveBase = sets.get(0).comparison().rate() >= sets.get(0).comparison().median();
    long same = sets.stream().filter(s -> (s.comparison().rate() >= s.comparison().median()) == aboveBase).count();
    List<String> notes = List.of("%s is %s the neighbours' median in %d of %d neighbour sets (as asked: %s)."
        .formatted(sets.get(0).authority().name(), aboveBase ? "at or above" : "below", same, sets.size(), describe(base)));
    List<Map<String, Object>> json = new ArrayList<>();
    for (NeighbourSet set : sets) json.add(json(set));
    return new Report(SENSITIVITY_COLUMNS, rows, notes, json);
  }

  private static Map<String, Object> json(NeighbourSet set) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("variant", set.variant());
    json.put("area_code", set.authority().code().value());
    json.put("area_name", set.authority().name());
    json.put("rate_per_10000", set.authority().ratePer10000());
    json.put("k", set.k());
    json.put("distance", set.metric());
    json.put("covariates", set.covariates());
    List<Map<String, Object>> neighbours = new ArrayList<>();
    for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("area_code", neighbour.authority().code().value());
      row.put("area_name", neighbour.authority().name());
      row.put("distance", neighbour.distance());
      row.put("rate_per_10000", neighbour.authority().ratePer10000());
      neighbours.add(row);
    }
    json.put("neighbours", neighbours);
    PeerComparison c = set.comparison();
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("median", c.median());
    summary.put("min", c.minimum());
    summary.put("max", c.maximum());
    summary.put("difference", c.difference());
    summary.put("ratio_to_median", NeedJson.finite(c.ratioToMedian()));
    summary.put("neighbours_below", c.neighboursBelow());
    summary.put("position", c.position().name().toLowerCase(java.util.Locale.ROOT));
    json.put("summary", summary);
    return json;
  }

  static String describe(PeerComparison.Position position) {
    return switch (position) {
      case ABOVE_RANGE -> "above all neighbours";
      case AT_OR_ABOVE_MEDIAN -> "within their range, at or above the median";
      case BELOW_MEDIAN -> "within their range, below the median";
      case BELOW_RANGE -> "below all neighbours";
    };
  }
}
