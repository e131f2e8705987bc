package uk.lacexplorer.need;

import java.util.Objects;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.cluster.KMeans;

/** Clusters on the need factors: k (null: chosen by silhouette up to {@code maxK}) and the k-means seed. */
public record ClustersRequest(NeedRequest need, Integer k, int maxK, long seed) {
  public ClustersRequest {
    Objects.requireNonNull(need, "need");
    if (k == null && maxK < 2) throw UserError.of("error.need.kAtLeast", Arg.option("max-k"), 2, maxK);
  }

  /** {@code k}, {@code max-k} and {@code seed} as typed; {@code k} is {@code auto} or a whole number. */
  public static ClustersRequest parse(NeedRequest need, String k, String maxK, String seed) {
    Integer chosen = k == null || k.isBlank() || k.strip().equalsIgnoreCase("auto") ? null : Choices.integer("k", k, null);
    long chosenSeed;
    try {
      chosenSeed = seed == null || seed.isBlank() ? KMeans.DEFAULT_SEED : Long.parseLong(seed.strip());
    } catch (NumberFormatException e) {
      throw UserError.of("error.option.notWhole", Arg.option("seed"), Choices.shorten(seed));
    }
    return new ClustersRequest(need, chosen, Choices.integer("max-k", maxK, ClusterService.DEFAULT_MAX_K), chosenSeed);
  }
}
