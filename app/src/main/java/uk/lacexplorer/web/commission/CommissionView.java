package uk.lacexplorer.web.commission;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import uk.lacexplorer.commission.CommissionResult;
import uk.lacexplorer.web.Page;

/**
 * A commissioning answer written for the page: one row per placement type (and all types), one column per projected
 * year, for demand (with its 80% interval), the gap against the places supplied, and the annual cost with where each
 * type's cost came from; the estimates from published spend as sentences.
 *
 * @param years the projected years (31 March), the columns
 * @param demand type name, then "expected (lower to upper)" per year
 * @param gaps type name, places, then the gap per year (empty without a supply)
 * @param costs type name, the annual cost per year, then where the cost came from
 */
public record CommissionView(String name, String code, String summary, List<Integer> years, List<List<String>> demand,
                             List<List<String>> gaps, List<List<String>> costs, List<String> estimates,
                             boolean supplied, String apiPath) {

  static CommissionView of(Page page, String name, CommissionResult result, String query) {
    var projection = result.projection();
    List<Integer> years = new ArrayList<>();
    Map<String, List<CommissionResult.Row>> byType = new LinkedHashMap<>();
    for (CommissionResult.Row row : result.rows()) {
      if (!years.contains(row.year())) years.add(row.year());
      byType.computeIfAbsent(row.type(), type -> new ArrayList<>()).add(row);
    }
    List<List<String>> demand = new ArrayList<>();
    List<List<String>> gaps = new ArrayList<>();
    List<List<String>> costs = new ArrayList<>();
    for (var entry : byType.entrySet()) {
      String type = page.text("commission.type." + entry.getKey());
      List<String> d = new ArrayList<>(List.of(type));
      List<String> g = new ArrayList<>(List.of(type));
      List<String> c = new ArrayList<>(List.of(type));
      TreeSet<String> bases = new TreeSet<>();
      Long places = null;
      boolean anyCost = false;
      for (CommissionResult.Row row : entry.getValue()) {
        d.add(page.text("commission.demandCell", whole(page, row.expected()), whole(page, row.lower80()),
            whole(page, row.upper80())));
        places = row.capacity();
        g.add(row.gap() == null ? "" : signed(page, row.gap()));
        c.add(row.annualCost() == null ? page.text("commission.noCost") : "£" + whole(page, row.annualCost()));
        anyCost |= row.annualCost() != null;
        if (row.costBasis() != null) for (String basis : row.costBasis().split("\\+")) bases.add(basis);
      }
      g.add(1, places == null ? "" : page.format().count((double) places));
      List<String> from = bases.stream().map(basis -> page.text("commission.basis." + basis)).toList();
      c.add(anyCost ? String.join("; ", from) : "");
      demand.add(d);
      gaps.add(g);
      costs.add(c);
    }
    List<String> estimates = new ArrayList<>();
    for (CommissionResult.CostEstimate estimate : result.estimates()) {
      List<String> financial = estimate.years().stream()
          .map(y -> (y - 1) + "-" + String.format(java.util.Locale.ROOT, "%02d", y % 100)).toList();
      estimates.add(page.text("commission.estimate." + estimate.kind(), "£" + page.format().number(estimate.weekly(), 2),
          "£" + whole(page, estimate.spend()), String.join(page.text("commission.and"), financial),
          whole(page, estimate.children()), String.join(page.text("commission.and"),
              estimate.years().stream().map(String::valueOf).toList())));
    }
    String summary = page.text("commission.summary", name, projection.origin(), result.mixYear(),
        whole(page, result.mixTotal()));
    double stepDown = projection.request().scenario().stepDownPct();
    if (stepDown > 0) summary += " " + page.text("commission.stepDown", page.format().number(stepDown, 1));
    return new CommissionView(name, projection.areaCode(), summary, years, demand, gaps, costs, estimates,
        result.supplied(), "/api/v1/commission?" + query);
  }

  private static String whole(Page page, double value) {
    return page.format().number(value, 0);
  }

  private static String signed(Page page, double value) {
    String shown = whole(page, Math.abs(value));
    if (shown.equals("0")) return shown;
    return (value < 0 ? "\u2212" : "+") + shown;
  }
}
