package uk.lacexplorer.commission;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * Weekly costs per child estimated from what an authority published, for commissioning when the user has no costs
 * of their own: the RO3 revenue outturn's spend on a kind of placement in a financial year, divided by the children
 * in those placements at 31 March at the year's end, divided by 52.18 weeks; the years 2023-24 and 2024-25 pooled
 * (spend summed over the children summed). Two kinds are published:
 * <ul>
 *   <li>fostering services ({@code spend_cla_fostering_gross}) against children in foster placements;</li>
 *   <li>residential care ({@code spend_cla_residential_gross}) against children in secure units, children's homes and
 *       semi-independent living, other residential settings and residential schools.</li>
 * </ul>
 * A year counts only when the children are known exactly: every type of the kind published, or every suppressed type
 * of that year belonging to the kind (then the total less the published types is theirs). A year of no spend on the
 * kind while children were in such placements is left out: it means the authority reported no breakdown (Gateshead and
 * Richmond in 2023-24 put their whole spend on children looked after in the total line). The stock at 31 March stands
 * for the child-years of the financial year, so an authority whose numbers moved within the year is estimated
 * roughly. It is an average cost of what was spent, not a price for the next placement.
 */
final class CostEstimates {
  private static final String TOTAL = "placement=total";

  /** A kind of placement RO3 reports spend on, and the placement types it covers. */
  enum Kind {
    FOSTERING("spend_cla_fostering_gross", EnumSet.of(PlacementType.FOSTER)),
    RESIDENTIAL("spend_cla_residential_gross", EnumSet.of(PlacementType.SECURE_AND_CHILDRENS_HOMES,
        PlacementType.OTHER_RESIDENTIAL, PlacementType.RESIDENTIAL_SCHOOLS));

    final String measure;
    final Set<PlacementType> types;

    Kind(String measure, Set<PlacementType> types) {
      this.measure = measure;
      this.types = types;
    }

    String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private CostEstimates() {
  }

  /** The estimates the authority's published figures allow (none, one or both kinds). */
  static List<CommissionResult.CostEstimate> of(ObservationStore store, AreaCode area) {
    TreeMap<Integer, Map<String, Observation>> mix = new TreeMap<>();
    for (Observation o : store.find(ObservationQuery.totals("children_looked_after").forAreas(List.of(area))
        .allBreakdowns())) {
      if (o.breakdown().startsWith("placement=")) mix.computeIfAbsent(o.period(), y -> new HashMap<>()).put(o.breakdown(), o);
    }
    List<CommissionResult.CostEstimate> estimates = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      double spend = 0;
      double children = 0;
      List<Integer> years = new ArrayList<>();
      for (Observation o : store.find(ObservationQuery.totals(kind.measure).forAreas(List.of(area)))) {
        if (o.value() == null || !mix.containsKey(o.period())) continue;
        Optional<Double> count = children(mix.get(o.period()), kind.types);
        if (count.isEmpty() || count.get() <= 0 || o.value() <= 0) continue;
        spend += o.value();
        children += count.get();
        years.add(o.period());
      }
      if (years.isEmpty()) continue;
      java.util.Collections.sort(years);
      estimates.add(new CommissionResult.CostEstimate(kind.id(), kind.types.stream().map(PlacementType::id).toList(),
          kind.measure, spend / children / CommissionService.WEEKS, spend, children, years));
    }
    return estimates;
  }

  /**
   * The children in the types at 31 March, when the table tells it exactly: all published, or the suppressed types all
   * among them (their sum is then the total less every published type).
   */
  static Optional<Double> children(Map<String, Observation> year, Set<PlacementType> types) {
    Observation total = year.get(TOTAL);
    if (total == null || total.value() == null) return Optional.empty();
    double inside = 0;
    double published = 0;
    boolean memberHidden = false;
    boolean otherHidden = false;
    for (PlacementType type : PlacementType.values()) {
      Observation o = year.get(type.breakdown());
      if (o == null) continue;
      if (o.value() != null) {
        published += o.value();
        if (types.contains(type)) inside += o.value();
        continue;
      }
      boolean suppressed = o.flags().contains(Flag.SUPPRESSED);
      if (types.contains(type)) {
        if (!suppressed) return Optional.empty();
        memberHidden = true;
      } else {
        otherHidden = true;
      }
    }
    if (!memberHidden) return Optional.of(inside);
    return otherHidden ? Optional.empty() : Optional.of(inside + Math.max(0, total.value() - published));
  }
}
