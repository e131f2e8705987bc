package uk.lacexplorer.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Numbers;
import uk.lacexplorer.output.Output;

/** The one mapper of a {@link CommissionResult}: per projected year and placement type, demand, places, gap and cost. */
public final class CommissionTable {
  private CommissionTable() {
  }

  public static List<Column> columns() {
    return List.of(Column.whole("year"), Column.text("placement_type"), Column.decimals("share_pct", 1, 1),
        Column.decimals("demand_expected", 1, 0), Column.decimals("demand_lower80", 1, 0),
        Column.decimals("demand_upper80", 1, 0), Column.whole("capacity"), Column.decimals("gap", 1, 0),
        Column.decimals("weekly_cost_gbp", 2, 0), Column.decimals("annual_cost_gbp", 0, 0), Column.text("cost_basis"));
  }

  public static Output output(CommissionResult result) {
    List<List<Object>> rows = new ArrayList<>();
    for (CommissionResult.Row row : result.rows()) {
      rows.add(java.util.Arrays.asList(row.year(), row.type(), 100 * row.share(), row.expected(), row.lower80(),
          row.upper80(), row.capacity(), row.gap(), row.weeklyCost(), row.annualCost(), row.costBasis()));
    }
    var projection = result.projection();
    List<String> notes = new ArrayList<>();
    notes.add("%s (%s): children looked after projected from %d (%s), divided among placement types in the mix of 31 March %d (%.0f children), held fixed."
        .formatted(projection.areaName(), projection.areaCode(), projection.origin(),
            projection.request().scenario().isNone() ? "baseline" : "with the scenario", result.mixYear(), result.mixTotal()));
    for (CommissionResult.Share share : result.shares()) {
      if (share.type().equals(CommissionService.SUPPRESSED)) {
        notes.add("suppressed_types: %s, whose counts DfE suppresses, together (%.1f%%: the total less the published types)."
            .formatted(String.join(", ", share.members()), 100 * share.share()));
      }
    }
    notes.add("all_types: the projected number looked after; its gap is the shortfall summed over the types short of places (a surplus of one type does not fill another); its cost is blank unless every type's is known.");
    notes.add("demand_lower80/upper80: the projection's 80% interval times the share (the number looked after is uncertain; the mix is held fixed).");
    notes.add(result.supplied()
        ? "gap = demand - places (positive: short); cost = in-house places first at their weekly cost, the rest at the bought cost, x 52.18 weeks; blank where a cost is not given."
        : "No supply given (--supply FILE with type,capacity,provision,weekly_cost): demand, and its cost where a weekly cost is known.");
    notes.add("cost_basis: supply (the supply file's cost), costs (the --costs file's), estimate (from the authority's published spend, below).");
    for (CommissionResult.CostEstimate estimate : result.estimates()) notes.add(estimateNote(estimate));
    if (result.estimates().isEmpty()) {
      notes.add("No cost could be estimated from published spend (RO3 fostering services and residential care, 2023-24 and 2024-25, against the children in those placements at 31 March).");
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("area_code", projection.areaCode());
    json.put("area_name", projection.areaName());
    json.put("origin", projection.origin());
    json.put("mix_year", result.mixYear());
    json.put("mix_total", result.mixTotal());
    List<Map<String, Object>> shares = new ArrayList<>();
    for (CommissionResult.Share share : result.shares()) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("placement_type", share.type());
      s.put("children", share.children());
      s.put("share_pct", Numbers.round(100 * share.share(), 2));
      s.put("members", share.members());
      shares.add(s);
    }
    json.put("mix", shares);
    List<Map<String, Object>> estimates = new ArrayList<>();
    for (CommissionResult.CostEstimate estimate : result.estimates()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("kind", estimate.kind());
      e.put("placement_types", estimate.types());
      e.put("weekly_cost_gbp", Numbers.round(estimate.weekly(), 2));
      e.put("spend_measure", estimate.measure());
      e.put("spend_gbp", Numbers.round(estimate.spend(), 2));
      e.put("children_at_31_march", estimate.children());
      e.put("years", estimate.years());
      e.put("derivation", estimateNote(estimate));
      estimates.add(e);
    }
    json.put("cost_estimates", estimates);
    json.put("rows", Output.objects(columns(), rows));
    return new Output(columns(), rows, notes, json);
  }

  /** How an estimated cost was worked out, with its figures: an estimate, not a price. */
  static String estimateNote(CommissionResult.CostEstimate estimate) {
    List<String> years = estimate.years().stream().map(y -> (y - 1) + "-" + String.format(java.util.Locale.ROOT, "%02d", y % 100))
        .toList();
    return String.format(java.util.Locale.UK, "Estimate, %s (%s): %s £%,.0f in %s ÷ %,.0f children in those placements at 31 March %s ÷ 52.18 weeks = £%,.2f a week per child. An average of what was spent (RO3 revenue outturn), not a price.",
        estimate.kind(), String.join(", ", estimate.types()), estimate.measure(), estimate.spend(), String.join(" and ", years),
        estimate.children(), estimate.years().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(" and ")),
        estimate.weekly());
  }
}
