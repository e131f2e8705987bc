package uk.lacexplorer.commission;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.projection.ProjectionResult;
import uk.lacexplorer.projection.ProjectionService;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * The placements a projection implies: each projected year's children looked after (the scenario's when there is
 * one, else the baseline's) divided among placement types in the authority's latest published mix, held fixed.
 * The 80% interval of each type is the projection's, scaled by the share: it carries the uncertainty of the number
 * looked after, not of the mix. Against a supply: the gap (demand less places) and the cost, in-house places filled
 * first at their cost and the rest at the cost of bought places: 52.18 weeks × weekly cost × children. Where the
 * supply gives no cost (or there is no supply), the costs file's weekly cost of the type stands in, else the weekly
 * cost estimated from the authority's published spend ({@link CostEstimates}); each row says which it used.
 */
public final class CommissionService {
  static final double WEEKS = 365.25 / 7;
  static final String SUPPRESSED = "suppressed_types";
  static final String ALL = "all_types";
  private static final String TOTAL = "placement=total";
  private final ObservationStore store;
  private final ProjectionService projections;

  public CommissionService(ObservationStore store, ProjectionService projections) {
    this.store = store;
    this.projections = projections;
  }

  public CommissionResult run(CommissionRequest request) {
    ProjectionResult projection = projections.run(request.projection());
    Area area = store.areas().resolve(projection.areaCode(), null);
    TreeMap<Integer, Map<String, Observation>> byYear = new TreeMap<>();
    for (Observation o : store.find(ObservationQuery.totals("children_looked_after")
        .forAreas(List.of(new AreaCode(projection.areaCode()))).allBreakdowns())) {
      if (o.breakdown().startsWith("placement=")) byYear.computeIfAbsent(o.period(), y -> new java.util.HashMap<>()).put(o.breakdown(), o);
    }
    Integer year = null;
    for (int y : byYear.descendingKeySet()) {
      Observation total = byYear.get(y).get(TOTAL);
      if (total != null && !total.isMissing() && total.value() > 0) {
        year = y;
        break;
      }
    }
    if (year == null) throw UserError.of("error.commission.noMix", area.nameEn());
    List<CommissionResult.Share> shares = stepDown(shares(byYear.get(year)),
        request.projection().scenario().stepDownPct() / 100);
    double total = byYear.get(year).get(TOTAL).value();
    Supply supply = request.supply();
    boolean supplied = !supply.lines().isEmpty();
    List<CommissionResult.CostEstimate> estimates = CostEstimates.of(store, area.code());
    Map<PlacementType, UnitCost> fallback = new java.util.EnumMap<>(PlacementType.class);
    for (CommissionResult.CostEstimate estimate : estimates) {
      for (String type : estimate.types()) fallback.put(PlacementType.parse(type).orElseThrow(), new UnitCost(estimate.weekly(), "estimate"));
    }
    request.costs().weekly().forEach((type, weekly) -> fallback.put(type, new UnitCost(weekly, "costs")));
    List<CommissionResult.Row> rows = new ArrayList<>();
    for (ProjectionResult.Year projected : projection.years()) {
      ProjectionResult.Band band = projected.scenario() != null ? projected.scenario() : projected.baseline();
      double allGap = 0, allCost = 0;
      java.util.Set<String> allBases = new java.util.TreeSet<>();
      long allCapacity = 0;
      boolean costKnown = true;
      for (CommissionResult.Share share : shares) {
        List<PlacementType> types = share.members().stream().map(id -> PlacementType.parse(id).orElseThrow()).toList();
        double expected = share.share() * band.expected();
        Long capacity = supplied ? types.stream().mapToLong(supply::capacity).sum() : null;
        Double gap = capacity == null ? null : expected - capacity;
        Cost cost = cost(supply, types, expected, fallback);
        rows.add(new CommissionResult.Row(projected.year(), share.type(), share.share(), expected,
            share.share() * band.lower80(), share.share() * band.upper80(), capacity, gap, cost.weekly(), cost.annual(),
            cost.basis()));
        if (cost.basis() != null) allBases.addAll(List.of(cost.basis().split("\\+")));
        if (capacity != null) {
          allCapacity += capacity;
          allGap += Math.max(0, gap);
        }
        if (cost.annual() == null) costKnown = costKnown && expected <= 0;
        else allCost += cost.annual();
      }
      // all types: the number looked after, the places, the shortfall summed over the types short of places
      rows.add(new CommissionResult.Row(projected.year(), ALL, 1, band.expected(), band.lower80(), band.upper80(),
          supplied ? allCapacity : null, supplied ? allGap : null, null, costKnown ? allCost : null,
          costKnown && !allBases.isEmpty() ? String.join("+", allBases) : null));
    }
    return new CommissionResult(projection, year, total, shares, rows, supplied, estimates);
  }

  /** The residential types a step-down moves children out of, into foster care. */
  static final java.util.Set<String> STEP_DOWN_FROM = java.util.Set.of(PlacementType.SECURE_AND_CHILDRENS_HOMES.id(),
      PlacementType.OTHER_RESIDENTIAL.id());

  /**
   * The mix after a step-down: {@code fraction} of each residential type's share (secure units and children's homes,
   * other residential settings; published types only) moved to foster care. The number looked after is unchanged.
   */
  static List<CommissionResult.Share> stepDown(List<CommissionResult.Share> shares, double fraction) {
    if (fraction <= 0) return shares;
    double moved = 0;
    List<CommissionResult.Share> out = new ArrayList<>();
    for (CommissionResult.Share share : shares) {
      if (STEP_DOWN_FROM.contains(share.type())) {
        moved += share.share() * fraction;
        out.add(new CommissionResult.Share(share.type(), share.children(), share.share() * (1 - fraction), share.members()));
      } else {
        out.add(share);
      }
    }
    String foster = PlacementType.FOSTER.id();
    boolean found = false;
    for (int i = 0; i < out.size(); i++) {
      CommissionResult.Share share = out.get(i);
      if (share.type().equals(foster)) {
        out.set(i, new CommissionResult.Share(foster, share.children(), share.share() + moved, share.members()));
        found = true;
      }
    }
    if (!found && moved > 0) out.add(0, new CommissionResult.Share(foster, 0.0, moved, List.of(foster)));
    return out;
  }

  /** Each published type's share; the types with suppressed counts together take what the total leaves. */
  static List<CommissionResult.Share> shares(Map<String, Observation> mix) {
    double total = mix.get(TOTAL).value();
    List<CommissionResult.Share> shares = new ArrayList<>();
    double known = 0;
    List<String> hidden = new ArrayList<>();
    for (PlacementType type : PlacementType.values()) {
      Observation o = mix.get(type.breakdown());
      if (o == null || o.isMissing()) {
        if (o != null && o.flags().contains(uk.lacexplorer.observation.Flag.SUPPRESSED)) hidden.add(type.id());
        continue;
      }
      known += o.value();
      if (o.value() > 0) shares.add(new CommissionResult.Share(type.id(), o.value(), o.value() / total, List.of(type.id())));
    }
    double rest = Math.max(0, total - known);
    if (!hidden.isEmpty() && rest > 0) shares.add(new CommissionResult.Share(SUPPRESSED, null, rest / total, hidden));
    return shares;
  }

  /** A cost and where it came from: {@code supply}, {@code costs} (the costs file), {@code estimate}, joined by +. */
  record Cost(Double weekly, Double annual, String basis) {
    static final Cost UNKNOWN = new Cost(null, null, null);
  }

  /** A weekly cost that stands in where the supply gives none: from the costs file, or estimated from spend. */
  record UnitCost(double weekly, String basis) {
  }

  /**
   * In-house places first, the rest bought; each line at its own weekly cost or, when it gives none, at the type's
   * stand-in cost ({@code fallback}); bought demand with no bought line at the stand-in cost. The mean cost of a
   * provision is weighted by places (a line of 0 places counting as 1: "bought as needed"). Unknown when a cost needed
   * is neither given nor stood in for.
   */
  static Cost cost(Supply supply, List<PlacementType> types, double demand, Map<PlacementType, UnitCost> fallback) {
    Map<Boolean, double[]> sums = new java.util.HashMap<>();
    java.util.Set<String> bases = new java.util.TreeSet<>();
    for (Supply.Line line : supply.lines()) {
      if (!types.contains(line.type())) continue;
      double[] s = sums.computeIfAbsent(line.inHouse(), k -> new double[3]);
      s[0] += line.capacity();
      double weight = Math.max(1, line.capacity());
      UnitCost standIn = fallback.get(line.type());
      Double weekly = line.weeklyCost() != null ? line.weeklyCost() : standIn == null ? null : standIn.weekly();
      if (weekly != null) {
        s[1] += weight * weekly;
        s[2] += weight;
      } else {
        s[2] = Double.NaN;
      }
    }
    double[] inHouse = sums.getOrDefault(true, new double[3]);
    double[] bought = sums.get(false);
    double fromInHouse = Math.min(demand, inHouse[0]);
    double fromBought = demand - fromInHouse;
    Double inHouseCost = weighted(inHouse);
    Double boughtCost = bought == null ? standIn(types, fallback) : weighted(bought);
    if (fromInHouse > 0 && inHouseCost == null || fromBought > 0 && boughtCost == null) return Cost.UNKNOWN;
    for (Supply.Line line : supply.lines()) {
      if (!types.contains(line.type())) continue;
      boolean used = line.inHouse() ? fromInHouse > 0 : fromBought > 0;
      if (!used) continue;
      bases.add(line.weeklyCost() != null ? "supply" : fallback.get(line.type()).basis());
    }
    if (bought == null && fromBought > 0) types.forEach(type -> bases.add(fallback.get(type).basis()));
    double weekly = (fromInHouse > 0 ? fromInHouse * inHouseCost : 0) + (fromBought > 0 ? fromBought * boughtCost : 0);
    return new Cost(demand > 0 ? weekly / demand : null, WEEKS * weekly, bases.isEmpty() ? null : String.join("+", bases));
  }

  /** The stand-in cost of a group of types (their mean), or null unless every type has one. */
  private static Double standIn(List<PlacementType> types, Map<PlacementType, UnitCost> fallback) {
    double sum = 0;
    for (PlacementType type : types) {
      UnitCost cost = fallback.get(type);
      if (cost == null) return null;
      sum += cost.weekly();
    }
    return types.isEmpty() ? null : sum / types.size();
  }

  private static Double weighted(double[] s) {
    return Double.isNaN(s[2]) || s[2] <= 0 ? null : s[1] / s[2];
  }

}
