package uk.lacexplorer.commission;

import java.util.List;
import uk.lacexplorer.projection.ProjectionResult;

/**
 * Placement demand by type and year: the projection it rests on, the authority's placement mix in the latest year
 * published, and per year and type the demand with its 80% interval, the places supplied, the gap and the cost.
 *
 * @param mixYear the year (31 March) of the placement mix
 * @param mixTotal all children looked after in that table and year
 * @param shares each type's share of the mix; suppressed types are one share together
 */
public record CommissionResult(ProjectionResult projection, int mixYear, double mixTotal, List<Share> shares,
                               List<Row> rows, boolean supplied, List<CostEstimate> estimates) {
  public CommissionResult {
    shares = List.copyOf(shares);
    rows = List.copyOf(rows);
    estimates = List.copyOf(estimates);
  }

  /**
   * A weekly cost per child estimated from published spend ({@link CostEstimates}): the kind ({@code fostering} or
   * {@code residential}), the placement types it covers, the spend measure, and the pooled spend (pounds) and children
   * at 31 March of the financial years used.
   */
  public record CostEstimate(String kind, List<String> types, String measure, double weekly, double spend,
                             double children, List<Integer> years) {
    public CostEstimate {
      types = List.copyOf(types);
      years = List.copyOf(years);
    }
  }

  /** A type (or {@code suppressed_types}: the types whose counts are suppressed, together) and its share, 0–1. */
  public record Share(String type, Double children, double share, List<String> members) {
    public Share {
      members = List.copyOf(members);
    }
  }

  /**
   * One year and type. {@code capacity}, {@code gap} (demand − places, positive when short) and the costs are null
   * without a supply; {@code annualCost} is null when a cost it needs is neither given nor estimated.
   *
   * @param costBasis where the cost came from: {@code supply}, {@code costs}, {@code estimate}, joined by +
   */
  public record Row(int year, String type, double share, double expected, double lower80, double upper80,
                    Long capacity, Double gap, Double weeklyCost, Double annualCost, String costBasis) {
  }
}
