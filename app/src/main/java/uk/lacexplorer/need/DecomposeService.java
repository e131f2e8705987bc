package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.stats.decompose.EntryDurationDecomposition;
import uk.lacexplorer.stats.decompose.ExitRoutes;
import uk.lacexplorer.stats.decompose.Flow;
import uk.lacexplorer.store.ObservationQuery;

/**
 * Entry versus time in care: an authority's rate in care against its statistical neighbours' pooled rate, split as
 * stock ≈ entries × mean duration into more children entering and children staying longer, with the routes out
 * (returned home, adoption, special guardianship) side by side. Needs starts for the year (England, or any authority
 * with episode data); neighbours are chosen among authorities that have them.
 */
public final class DecomposeService {
  public static final String STARTS = "children_started_looked_after";
  public static final String LEAVERS = "children_ceased_looked_after";
  public static final List<String> ROUTES = List.of("children_ceased_returned_home", "children_ceased_adopted",
      "children_ceased_special_guardianship");

  private final NeedTables tables;

  public DecomposeService(NeedTables tables) {
    this.tables = tables;
  }

  public Decomposition run(DecomposeRequest request) {
    return decompose(request.area(), request.need(), request.k(), request.metric());
  }

  public Decomposition decompose(String area, NeedRequest request, int k, MetricChoice metric) {
    Area found = tables.store().areas().resolve(area, request.year());
    NeedRequest scoped = request.scope() == NationScope.BOTH ? request : request.withScope(NationScope.of(found.nation()));
    NeedTable table = tables.load(scoped);
    Map<AreaCode, Double> starts = values(STARTS, table, request.year());
    starts.values().removeIf(value -> value <= 0);
    if (!starts.containsKey(found.code())) {
      throw UserError.of("error.need.noStarts", found.nameEn(), STARTS, request.year());
    }
    List<AuthorityNeed> withStarts = table.rows().stream().filter(row -> starts.containsKey(row.code())).toList();
    List<String> notes = new ArrayList<>(table.notes());
    if (withStarts.size() < table.size()) {
      notes.add((table.size() - withStarts.size()) + " authorities without starts for " + request.year() + " cannot be neighbours.");
    }
    NeedTable usable = new NeedTable(table.request(), table.covariates(), table.covariateYears(), withStarts, notes);
    int target = usable.indexOf(found.code());
    NeighbourSet set = NeighbourService.neighbours("as asked", usable, target, k, metric);
    AuthorityNeed self = usable.rows().get(target);
    Flow own = new Flow(self.count(), starts.get(self.code()), self.population());
    List<Flow> flows = set.neighbours().stream()
        .map(n -> new Flow(n.authority().count(), starts.get(n.authority().code()), n.authority().population())).toList();
    Flow pooled = Flow.pooled(flows);
    EntryDurationDecomposition split;
    try {
      split = EntryDurationDecomposition.of(own, pooled, 10_000);
    } catch (IllegalArgumentException e) {
      throw UserError.of("error.need.cannotSplit", e.getMessage());
    }
    return withRoutes(set, own, pooled, split, usable, notes);
  }

  /**
   * Each route's share of leavers for the authority and for the neighbours that have both leavers and that route in
   * the year (pooled over them); a route is shown only when the authority and at least one neighbour have it.
   */
  private Decomposition withRoutes(NeighbourSet set, Flow own, Flow pooled, EntryDurationDecomposition split,
                                   NeedTable table, List<String> notes) {
    int year = table.request().year();
    Map<AreaCode, Double> leavers = values(LEAVERS, table, year);
    AreaCode self = set.authority().code();
    List<AreaCode> neighbours = set.neighbours().stream().map(n -> n.authority().code()).toList();
    double ownLeavers = leavers.getOrDefault(self, Double.NaN);
    double neighbourLeaversAll = Double.NaN;
    List<ExitRoutes.Route> routes = new ArrayList<>();
    if (!Double.isNaN(ownLeavers)) {
      for (String route : ROUTES) {
        Map<AreaCode, Double> values = values(route, table, year);
        if (!values.containsKey(self)) continue;
        List<AreaCode> usable = neighbours.stream().filter(c -> values.containsKey(c) && leavers.containsKey(c)).toList();
        if (usable.isEmpty()) continue;
        double neighbourLeavers = sum(leavers, usable);
        if (usable.size() == neighbours.size()) neighbourLeaversAll = neighbourLeavers;
        routes.addAll(ExitRoutes.compare(Map.of(route, values.get(self)), Map.of(route, sum(values, usable)),
            ownLeavers, neighbourLeavers).values());
        if (usable.size() < neighbours.size()) {
          notes.add("Route %s: neighbours' share from %d of %d neighbours with data.".formatted(route, usable.size(), neighbours.size()));
        }
      }
    }
    if (routes.isEmpty()) {
      notes.add("No leavers by reason for " + year + " for this authority and its neighbours, so routes out are not shown.");
    }
    return new Decomposition(set, own.entries(), pooled.entries(), split, ownLeavers, neighbourLeaversAll, routes, notes);
  }

  /** The measure's total for each authority in the table that has a value in the year (a mutable map). */
  private Map<AreaCode, Double> values(String measure, NeedTable table, int year) {
    List<AreaCode> codes = table.rows().stream().map(AuthorityNeed::code).toList();
    Map<AreaCode, Double> values = new HashMap<>();
    for (Observation observation : tables.store().find(ObservationQuery.totals(measure).forAreas(codes).inPeriod(year))) {
      if (observation.value() != null) values.put(observation.area(), observation.value());
    }
    return values;
  }

  private static double sum(Map<AreaCode, Double> values, List<AreaCode> codes) {
    double total = 0;
    for (AreaCode code : codes) {
      Double value = values.get(code);
      if (value == null) return Double.NaN;
      total += value;
    }
    return total;
  }
}
