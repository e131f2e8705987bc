package uk.lacexplorer.compare;

import java.util.List;
import java.util.Objects;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;

/**
 * Which counts to compare: the authorities of one or both nations, one year, one count measure with a population,
 * and how the population is chosen.
 *
 * @param nations Wales, England, or both (in that order)
 */
public record CountRequest(List<Nation> nations, int year, String measure, DenominatorPolicy policy,
                           PopulationSeries series) {
  public static final String DEFAULT_MEASURE = "children_looked_after";

  public CountRequest {
    nations = List.copyOf(nations);
    if (nations.isEmpty()) throw new IllegalArgumentException("no nation");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(series, "series");
  }

  /** Children looked after, nearest-year denominator, DfE's population where it has one for a single nation, ONS for both. */
  public static CountRequest of(List<Nation> nations, int year) {
    return new CountRequest(nations, year, DEFAULT_MEASURE, DenominatorPolicy.NEAREST, defaultSeries(nations));
  }

  /** One population series for both nations (ONS), so that a joint comparison uses the same vintage on both sides. */
  public static PopulationSeries defaultSeries(List<Nation> nations) {
    return nations.size() > 1 ? PopulationSeries.ONS : PopulationSeries.AUTO;
  }

  /** {@code wales}, {@code england} or {@code both}, as typed on the command line. */
  public static List<Nation> parseNations(String text) {
    if (text != null && text.strip().equalsIgnoreCase("both")) return List.of(Nation.WALES, Nation.ENGLAND);
    try {
      return List.of(Nation.parse(text));
    } catch (UserError e) {
      throw new UserError("unknown nation '" + text + "': use wales, england or both");
    }
  }

  public CountRequest withYear(int otherYear) {
    return new CountRequest(nations, otherYear, measure, policy, series);
  }

  public String describeNations() {
    return nations.size() > 1 ? "Wales and England" : nations.get(0) == Nation.WALES ? "Wales" : "England";
  }
}
