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
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.need.AuthorityNeed;
import uk.lacexplorer.need.ClusterService;
import uk.lacexplorer.need.ClusterSummary;
import uk.lacexplorer.need.Clusters;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedTables;
import uk.lacexplorer.stats.cluster.KMeans;

@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {"Clusters of authorities on standardised need factors: k-means (k-means++ starts, fixed seed) and",
        "Ward's hierarchical method (as R hclust ward.D2), k chosen by the mean silhouette width unless --k is given,",
        "with each cluster's rates side by side."})
final class ClustersCommand extends ReportCommand {
  static final List<String> COLUMNS = List.of("area_code", "area_name", "kmeans_cluster", "ward_cluster", "rate_per_10000");

  @Option(names = "--nation", defaultValue = "wales", paramLabel = "wales|england|both")
  String nation;

  @Mixin
  NeedOptions need;

  @Option(names = "--k", defaultValue = "auto", paramLabel = "auto|K", description = "Number of clusters (default: ${DEFAULT-VALUE}).")
  String k;

  @Option(names = "--max-k", defaultValue = "8", description = "Largest k tried by --k auto (default: ${DEFAULT-VALUE}).")
  int maxK;

  @Option(names = "--seed", defaultValue = "" + KMeans.DEFAULT_SEED, description = "k-means seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  protected Report report(Services services) {
    ClusterService.Result result = new ClusterService(new NeedTables(services.store(), services.measures()))
        .clusters(need.request(NationScope.parse(nation)), parseK(), maxK, seed);
    int[] kMeans = result.kMeans().labels();
    int[] ward = result.ward().labels();
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < result.table().size(); i++) {
      AuthorityNeed row = result.table().rows().get(i);
      rows.add(Arrays.asList(row.code().value(), row.name(), kMeans[i], ward[i],
          Decimals.of(row.ratePer10000(), format == OutputFormat.TABLE ? 1 : 4, format)));
    }
    List<String> notes = new ArrayList<>(result.table().notes());
    for (Clusters clusters : List.of(result.kMeans(), result.ward())) {
      notes.add("%s: k = %d, mean silhouette %s%s.".formatted(clusters.method(), clusters.k(),
          Decimals.text(clusters.meanSilhouette(), 3), clusters.silhouetteByK().size() > 1
              ? " (by k: " + describe(clusters.silhouetteByK()) + ")" : ""));
      for (ClusterSummary summary : clusters.clusters()) {
        notes.add("  cluster %d: %d authorities, pooled rate %s per 10,000 (median %s, range %s to %s)".formatted(
            summary.cluster(), summary.members().size(), Decimals.text(summary.pooledRate(), 1),
            Decimals.text(summary.medianRate(), 1), Decimals.text(summary.minimumRate(), 1), Decimals.text(summary.maximumRate(), 1)));
      }
    }
    notes.add("Factors (z-scores): " + result.table().describeCovariates() + ".");
    return new Report(COLUMNS, rows, notes, json(result, rows));
  }

  private Integer parseK() {
    if (k.strip().equalsIgnoreCase("auto")) return null;
    try {
      return Integer.parseInt(k.strip());
    } catch (NumberFormatException e) {
      throw new UserError("--k must be auto or a whole number: " + k);
    }
  }

  private static String describe(Map<Integer, Double> byK) {
    List<String> parts = new ArrayList<>();
    byK.forEach((key, value) -> parts.add(key + ": " + Decimals.text(value, 3)));
    return String.join(", ", parts);
  }

  private static Map<String, Object> json(ClusterService.Result result, List<List<Object>> rows) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("covariates", result.table().covariates());
    json.put("n", result.table().size());
    json.put("kmeans", method(result.kMeans()));
    json.put("ward", method(result.ward()));
    List<Map<String, Object>> areas = new ArrayList<>();
    for (List<Object> row : rows) {
      Map<String, Object> area = new LinkedHashMap<>();
      for (int c = 0; c < COLUMNS.size(); c++) area.put(COLUMNS.get(c), row.get(c));
      areas.add(area);
    }
    json.put("areas", areas);
    return json;
  }

  private static Map<String, Object> method(Clusters clusters) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("k", clusters.k());
    json.put("mean_silhouette", clusters.meanSilhouette());
    Map<String, Double> byK = new LinkedHashMap<>();
    clusters.silhouetteByK().forEach((key, value) -> byK.put(Integer.toString(key), value));
    json.put("silhouette_by_k", byK);
    List<Map<String, Object>> list = new ArrayList<>();
    for (ClusterSummary summary : clusters.clusters()) {
      Map<String, Object> cluster = new LinkedHashMap<>();
      cluster.put("cluster", summary.cluster());
      cluster.put("size", summary.members().size());
      cluster.put("pooled_rate_per_10000", summary.pooledRate());
      cluster.put("median_rate_per_10000", summary.medianRate());
      cluster.put("min_rate_per_10000", summary.minimumRate());
      cluster.put("max_rate_per_10000", summary.maximumRate());
      cluster.put("area_codes", summary.members().stream().map(m -> m.code().value()).toList());
      list.add(cluster);
    }
    json.put("clusters", list);
    return json;
  }
}
