package uk.lacexplorer.stats.decompose;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * How children left care (e.g. returned home, adoption, special guardianship): each route's share of all leavers for
 * an authority beside the benchmark's share. Route keys are identifiers chosen by the caller.
 */
public final class ExitRoutes {
  private ExitRoutes() {
  }

  /** One route: the authority's and the benchmark's counts and shares of their leavers (NaN when no leavers). */
  public record Route(String route, double count, double share, double benchmarkCount, double benchmarkShare) {
    public double shareDifference() {
      return share - benchmarkShare;
    }
  }

  public static Map<String, Route> compare(Map<String, Double> authority, Map<String, Double> benchmark,
                                           double authorityLeavers, double benchmarkLeavers) {
    Set<String> routes = new LinkedHashSet<>(authority.keySet());
    routes.addAll(benchmark.keySet());
    Map<String, Route> result = new LinkedHashMap<>();
    for (String route : routes) {
      double count = authority.getOrDefault(route, 0.0);
      double benchmarkCount = benchmark.getOrDefault(route, 0.0);
      result.put(route, new Route(route, count, share(count, authorityLeavers), benchmarkCount,
          share(benchmarkCount, benchmarkLeavers)));
    }
    return result;
  }

  private static double share(double count, double leavers) {
    return leavers > 0 ? count / leavers : Double.NaN;
  }
}
