package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.stats.pairs.BenjaminiHochberg;
import uk.lacexplorer.stats.pairs.PoissonRateComparison;
import uk.lacexplorer.stats.peers.Metric;
import uk.lacexplorer.stats.peers.Neighbours;
import uk.lacexplorer.stats.peers.Standardised;

/**
 * Similar need, different rates: every pair where one authority is among the other's k nearest on standardised
 * covariates, tested with the exact conditional test of two Poisson rates (counts rounded to whole children), with a
 * Benjamini–Hochberg false-discovery-rate correction over the pairs tested. Ranked by q, then p, then distance.
 */
public final class PairService {
  private final NeedTables tables;

  public PairService(NeedTables tables) {
    this.tables = tables;
  }

  /** All pairs tested, ranked; the table notes how many there are. */
  /** Every pair tested, most significant first (the request's {@code all} is for the mapper). */
  public List<SimilarPair> run(PairsRequest request) {
    return pairs(request.need(), request.k(), request.fdr());
  }

  public List<SimilarPair> pairs(NeedRequest request, int k, double alpha) {
    NeedTable table = tables.load(request);
    Standardised z = Standardising.of(table);
    if (k < 1 || k > table.size() - 1) {
      throw uk.lacexplorer.i18n.UserError.of("error.need.kBetween", uk.lacexplorer.i18n.Arg.option("k"), 1, table.size() - 1, k);
    }
    Set<List<Integer>> candidates = new LinkedHashSet<>();
    for (int i = 0; i < table.size(); i++) {
      for (Neighbours.Neighbour neighbour : Neighbours.nearest(z, i, k, Metric.euclidean())) {
        candidates.add(List.of(Math.min(i, neighbour.index()), Math.max(i, neighbour.index())));
      }
    }
    List<int[]> pairs = candidates.stream().map(c -> new int[] {c.get(0), c.get(1)}).toList();
    double[] p = new double[pairs.size()];
    List<PoissonRateComparison.Result> results = new ArrayList<>();
    for (int t = 0; t < pairs.size(); t++) {
      AuthorityNeed a = higher(table, pairs.get(t));
      AuthorityNeed b = lower(table, pairs.get(t));
      PoissonRateComparison.Result result = PoissonRateComparison.test(Math.round(a.count()), a.population(),
          Math.round(b.count()), b.population(), 0.95);
      results.add(result);
      p[t] = result.p();
    }
    double[] q = BenjaminiHochberg.adjust(p);
    List<SimilarPair> ranked = new ArrayList<>();
    for (int t = 0; t < pairs.size(); t++) {
      int[] pair = pairs.get(t);
      PoissonRateComparison.Result result = results.get(t);
      ranked.add(new SimilarPair(higher(table, pair), lower(table, pair),
          Metric.euclidean().distance(z.row(pair[0]), z.row(pair[1])), result.rateRatio(), result.lower(),
          result.upper(), result.p(), q[t], q[t] <= alpha));
    }
    ranked.sort(Comparator.comparingDouble(SimilarPair::q).thenComparingDouble(SimilarPair::p)
        .thenComparingDouble(SimilarPair::distance));
    return ranked;
  }

  private static AuthorityNeed higher(NeedTable table, int[] pair) {
    AuthorityNeed a = table.rows().get(pair[0]);
    AuthorityNeed b = table.rows().get(pair[1]);
    return a.ratePer10000() >= b.ratePer10000() ? a : b;
  }

  private static AuthorityNeed lower(NeedTable table, int[] pair) {
    AuthorityNeed a = table.rows().get(pair[0]);
    AuthorityNeed b = table.rows().get(pair[1]);
    return a.ratePer10000() >= b.ratePer10000() ? b : a;
  }
}
