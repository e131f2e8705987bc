package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.stats.peers.Neighbours;
import uk.lacexplorer.stats.peers.PeerComparison;
import uk.lacexplorer.stats.peers.Standardised;
import uk.lacexplorer.measure.MeasureId;

/**
 * Statistical neighbours: the authorities nearest to one authority on z-scores of the covariates (computed over the
 * authorities of its nation, or both nations), their rates per 10,000, and how the comparison changes across neighbour
 * sets (each covariate left out, a smaller and a larger k, the other distance).
 */
public final class NeighbourService {
  private final NeedTables tables;

  public NeighbourService(NeedTables tables) {
    this.tables = tables;
  }

  /** Where the need tables come from (for analyses that build one table for every authority of a year). */
  public NeedTables tables() {
    return tables;
  }

  /** The neighbours as asked, and with {@code sensitivity} the other sets after them. */
  public List<NeighbourSet> run(NeighboursRequest request) {
    if (request.need().scope() == NationScope.BOTH) return acrossTheBorder(request);
    return request.sensitivity() ? sensitivity(request.area(), request.need(), request.k(), request.metric())
        : List.of(neighbours(request.area(), request.need(), request.k(), request.metric()));
  }

  public NeighbourSet neighbours(String area, NeedRequest request, int k, MetricChoice metric) {
    NeedTable table = tables.load(scoped(area, request));
    return neighbours("as asked", table, index(area, table), k, metric);
  }

  public List<NeighbourSet> sensitivity(String area, NeedRequest request, int k, MetricChoice metric) {
    NeedTable table = tables.load(scoped(area, request));
    int target = index(area, table);
    List<NeighbourSet> sets = new ArrayList<>();
    sets.add(neighbours("as asked", table, target, k, metric));
    if (table.covariates().size() > 1 && !metric.name().equals("weighted")) {
      for (MeasureId left : table.request().covariates()) {
        List<MeasureId> others = new ArrayList<>(table.request().covariates());
        others.remove(left);
        NeedTable reduced = tables.load(table.request().withCovariates(others));
        sets.add(neighbours("without " + left, reduced, reduced.indexOf(table.rows().get(target).code()), k, metric));
      }
    }
    Set<Integer> ks = new LinkedHashSet<>(List.of(Math.max(1, k - 2), Math.min(table.size() - 1, k + 2)));
    ks.remove(k);
    for (int other : ks) sets.add(neighbours("k = " + other, table, target, other, metric));
    if (table.covariates().size() > 1) {
      MetricChoice alternative = metric.name().equals("mahalanobis") ? MetricChoice.euclidean()
          : new MetricChoice("mahalanobis", List.of());
      sets.add(neighbours(alternative.name() + " distance", table, target, k, alternative));
    }
    return sets;
  }

  /**
   * The {@code k} nearest neighbours of every authority of the table, by area code, with the table standardised once:
   * each set is what {@link #neighbours(String, NeedRequest, int, MetricChoice)} gives that authority for the same
   * table. Refuses as it does (k out of range, a constant factor).
   */
  public java.util.Map<uk.lacexplorer.area.AreaCode, NeighbourSet> everyAuthority(NeedTable table, int k,
                                                                              MetricChoice metric) {
    checkK(table, k);
    Standardised z = Standardising.of(table);
    uk.lacexplorer.stats.peers.Metric distance = metric.metric(z);
    java.util.Map<uk.lacexplorer.area.AreaCode, NeighbourSet> sets = new java.util.HashMap<>();
    for (int target = 0; target < table.size(); target++) {
      sets.put(table.rows().get(target).code(), neighbours("as asked", table, z, distance, target, k, metric));
    }
    return sets;
  }

  private static void checkK(NeedTable table, int k) {
    if (k < 1 || k > table.size() - 1) {
      throw UserError.of("error.need.kBetween", Arg.option("k"), 1, table.size() - 1, k);
    }
  }

  static NeighbourSet neighbours(String variant, NeedTable table, int target, int k, MetricChoice metric) {
    checkK(table, k);
    Standardised z = Standardising.of(table);
    return neighbours(variant, table, z, metric.metric(z), target, k, metric);
  }

  private static NeighbourSet neighbours(String variant, NeedTable table, Standardised z,
                                         uk.lacexplorer.stats.peers.Metric distance, int target, int k,
                                         MetricChoice metric) {
    List<NeighbourSet.Neighbour> nearest = new ArrayList<>();
    for (Neighbours.Neighbour neighbour : Neighbours.nearest(z, target, k, distance)) {
      nearest.add(new NeighbourSet.Neighbour(table.rows().get(neighbour.index()), neighbour.distance()));
    }
    AuthorityNeed authority = table.rows().get(target);
    double[] rates = nearest.stream().mapToDouble(n -> n.authority().ratePer10000()).toArray();
    return new NeighbourSet(variant, authority, table.covariates(), metric.name(), k, nearest,
        PeerComparison.of(authority.ratePer10000(), rates));
  }

  /**
   * Across both nations, on the harmonised factors (the default set when none is named): each Welsh authority's k
   * nearest English authorities, z-scores taken over all authorities of both nations. An English authority asked for
   * keeps its nearest among all.
   */
  private List<NeighbourSet> acrossTheBorder(NeighboursRequest request) {
    NeedTable table = tables.load(HarmonisedFactors.orDefault(request.need()));
    if (!request.allWelsh()) {
      int target = index(request.area(), table);
      if (table.rows().get(target).nation() != uk.lacexplorer.area.Nation.WALES) {
        return List.of(neighbours("as asked", table, target, request.k(), request.metric()));
      }
      return List.of(english(table, target, request.k(), request.metric()));
    }
    List<NeighbourSet> sets = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      if (table.rows().get(i).nation() == uk.lacexplorer.area.Nation.WALES) sets.add(english(table, i, request.k(), request.metric()));
    }
    return sets;
  }

  /** The k English authorities nearest a Welsh one. */
  static NeighbourSet english(NeedTable table, int target, int k, MetricChoice metric) {
    Standardised z = Standardising.of(table);
    uk.lacexplorer.stats.peers.Metric distance = metric.metric(z);
    double[] self = z.row(target);
    List<NeighbourSet.Neighbour> all = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      if (table.rows().get(i).nation() != uk.lacexplorer.area.Nation.ENGLAND) continue;
      all.add(new NeighbourSet.Neighbour(table.rows().get(i), distance.distance(self, z.row(i))));
    }
    if (k < 1 || k > all.size()) throw UserError.of("error.need.kBetween", Arg.option("k"), 1, all.size(), k);
    all.sort(java.util.Comparator.comparingDouble(NeighbourSet.Neighbour::distance)
        .thenComparing(n -> n.authority().code().value()));
    List<NeighbourSet.Neighbour> nearest = List.copyOf(all.subList(0, k));
    AuthorityNeed authority = table.rows().get(target);
    double[] rates = nearest.stream().mapToDouble(n -> n.authority().ratePer10000()).toArray();
    return new NeighbourSet("nearest English authorities", authority, table.covariates(), metric.name(), k, nearest,
        PeerComparison.of(authority.ratePer10000(), rates));
  }

  /** Analyses the area's own nation unless both nations were asked for. */
  private NeedRequest scoped(String area, NeedRequest request) {
    Area found = tables.store().areas().resolve(area, request.year());
    if (request.scope() == NationScope.BOTH) return request;
    return request.withScope(NationScope.of(found.nation()));
  }

  private int index(String area, NeedTable table) {
    Area found = tables.store().areas().resolve(area, table.request().year());
    int index = table.indexOf(found.code());
    if (index < 0) {
      throw UserError.of("error.need.noNeighbours", found.nameEn(), table.request().measure(),
          Integer.toString(table.request().year()));
    }
    return index;
  }
}
