package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;

/** The one mapper of clusters: each authority's k-means and Ward cluster, and each cluster's rates. */
public final class ClustersTable {
  public static final List<Column> COLUMNS = List.of(Column.text("area_code"), Column.text("area_name"),
      Column.whole("kmeans_cluster"), Column.whole("ward_cluster"), Column.rate("rate_per_10000"));

  private ClustersTable() {
  }

  public static Output output(ClusterService.Result result) {
    int[] kMeans = result.kMeans().labels();
    int[] ward = result.ward().labels();
    List<List<Object>> rows = new ArrayList<>();
    for (int i = 0; i < result.table().size(); i++) {
      AuthorityNeed row = result.table().rows().get(i);
      rows.add(Output.row(row.code().value(), row.name(), kMeans[i], ward[i], row.ratePer10000()));
    }
    List<String> notes = new ArrayList<>(result.table().notes());
    for (Clusters clusters : List.of(result.kMeans(), result.ward())) {
      notes.add("%s: k = %d, mean silhouette %s%s.".formatted(clusters.method(), clusters.k(),
          NeedJson.text(clusters.meanSilhouette(), 3), clusters.silhouetteByK().size() > 1
              ? " (by k: " + describe(clusters.silhouetteByK()) + ")" : ""));
      for (ClusterSummary summary : clusters.clusters()) {
        notes.add("  cluster %d: %d authorities, pooled rate %s per 10,000 (median %s, range %s to %s)".formatted(
            summary.cluster(), summary.members().size(), NeedJson.text(summary.pooledRate(), 1),
            NeedJson.text(summary.medianRate(), 1), NeedJson.text(summary.minimumRate(), 1),
            NeedJson.text(summary.maximumRate(), 1)));
      }
    }
    notes.add("Factors (z-scores): " + result.table().describeCovariates() + ".");
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("covariates", result.table().covariates());
    json.put("n", result.table().size());
    json.put("kmeans", method(result.kMeans()));
    json.put("ward", method(result.ward()));
    json.put("areas", Output.objects(COLUMNS, rows));
    return new Output(COLUMNS, rows, notes, json);
  }

  private static String describe(Map<Integer, Double> byK) {
    List<String> parts = new ArrayList<>();
    byK.forEach((key, value) -> parts.add(key + ": " + NeedJson.text(value, 3)));
    return String.join(", ", parts);
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
