package uk.lacexplorer.need;

import java.util.List;

/**
 * One cluster of authorities and its rates side by side: pooled rate (all its children over all its population),
 * median, lowest and highest authority rate per 10,000.
 */
public record ClusterSummary(int cluster, List<AuthorityNeed> members, double pooledRate, double medianRate,
                             double minimumRate, double maximumRate) {
  public ClusterSummary {
    members = List.copyOf(members);
  }

  static ClusterSummary of(int cluster, List<AuthorityNeed> members) {
    double count = members.stream().mapToDouble(AuthorityNeed::count).sum();
    double population = members.stream().mapToDouble(AuthorityNeed::population).sum();
    double[] rates = members.stream().mapToDouble(AuthorityNeed::ratePer10000).sorted().toArray();
    int n = rates.length;
    double median = n % 2 == 1 ? rates[n / 2] : (rates[n / 2 - 1] + rates[n / 2]) / 2;
    return new ClusterSummary(cluster, members, count / population * 10_000, median, rates[0], rates[n - 1]);
  }
}
