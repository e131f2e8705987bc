package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.cluster.ClusterChoice;
import uk.lacexplorer.stats.cluster.KMeans;
import uk.lacexplorer.stats.cluster.Partition;
import uk.lacexplorer.stats.cluster.Ward;

/**
 * Clusters of authorities on standardised covariates: k-means (k-means++ starts from a fixed seed) and Ward's
 * hierarchical method, k chosen by the mean silhouette width unless given, with each cluster's rates.
 */
public final class ClusterService {
  public static final int DEFAULT_MAX_K = 8;
  private final NeedTables tables;

  public ClusterService(NeedTables tables) {
    this.tables = tables;
  }

  /** k-means and Ward results for the table; {@code k} null means chosen by silhouette from 2 to {@code maxK}. */
  public Result run(ClustersRequest request) {
    Result result = clusters(request.need(), request.k(), request.maxK(), request.seed());
    return new Result(request, result.table(), result.kMeans(), result.ward());
  }

  public record Result(ClustersRequest request, NeedTable table, Clusters kMeans, Clusters ward) {
  }

  public Result clusters(NeedRequest request, Integer k, int maxK, long seed) {
    NeedTable table = tables.load(request);
    double[][] z = Standardising.of(table).values();
    int n = table.size();
    if (k != null && (k < 2 || k > n - 1)) throw UserError.of("error.need.kBetween", uk.lacexplorer.i18n.Arg.option("k"), 2, n - 1, k);
    if (k == null && maxK < 2) throw UserError.of("error.need.kAtLeast", uk.lacexplorer.i18n.Arg.option("max-k"), 2, maxK);
    ClusterChoice.Choice kMeans;
    ClusterChoice.Choice ward;
    if (k == null) {
      kMeans = ClusterChoice.kMeans(z, maxK, seed);
      ward = ClusterChoice.ward(z, maxK);
    } else {
      double[][] distances = ClusterChoice.euclidean(z);
      ClusterChoice.Candidate km = ClusterChoice.candidate(KMeans.cluster(z, k, seed), distances);
      int[] cut = Ward.cluster(z).cut(k);
      ClusterChoice.Candidate wd = ClusterChoice.candidate(new Partition(k, cut, Double.NaN), distances);
      kMeans = new ClusterChoice.Choice(List.of(km), km);
      ward = new ClusterChoice.Choice(List.of(wd), wd);
    }
    return new Result(null, table, summarise("k-means", kMeans, table), summarise("ward", ward, table));
  }

  private static Clusters summarise(String method, ClusterChoice.Choice choice, NeedTable table) {
    Partition chosen = choice.chosen().partition();
    Map<Integer, Double> byK = new TreeMap<>();
    for (ClusterChoice.Candidate candidate : choice.candidates()) byK.put(candidate.partition().k(), candidate.meanSilhouette());
    int[] labels = chosen.labels();
    List<ClusterSummary> summaries = new ArrayList<>();
    for (int cluster = 1; cluster <= chosen.k(); cluster++) {
      List<AuthorityNeed> members = new ArrayList<>();
      for (int i = 0; i < labels.length; i++) if (labels[i] == cluster) members.add(table.rows().get(i));
      summaries.add(ClusterSummary.of(cluster, members));
    }
    return new Clusters(method, chosen.k(), labels, choice.chosen().meanSilhouette(), byK, summaries);
  }
}
