package uk.lacexplorer.need;

import java.util.List;
import uk.lacexplorer.measure.MeasureId;

/**
 * The need factors measured the same way in Wales and England, for a model across both nations (never WIMD against
 * IMD, which rank areas within one nation only), and the default set of them. Why the default is what it is: see the
 * Methods page ("A model across both nations") and {@code ./lacx model --nation both --select}.
 */
public final class HarmonisedFactors {
  /** Every harmonised factor, offered to {@code --select}. */
  public static final List<String> ALL = List.of("children_low_income_pct", "households_deprived_0_dimensions_pct",
      "households_deprived_1_dimensions_pct", "households_deprived_2_dimensions_pct",
      "households_deprived_3_dimensions_pct", "children_aged_under_1_pct", "children_aged_1_4_pct",
      "children_aged_5_9_pct", "children_aged_10_15_pct", "children_aged_16_17_pct", "household_size_mean",
      "population_density_per_km2", "lone_parent_households_pct", "unemployment_pct");

  /** The default set for {@code --nation both}. */
  public static final List<String> DEFAULT = List.of("children_low_income_pct", "households_deprived_2_dimensions_pct",
      "children_aged_16_17_pct", "household_size_mean", "population_density_per_km2");

  private HarmonisedFactors() {
  }

  /**
   * The request as asked, or — across both nations with no factor named — the default harmonised set, leaving out
   * (and listing) the authorities whose count geography the factors lack (before 2019, Bournemouth, Poole, Dorset;
   * before 2021, Northamptonshire).
   */
  public static NeedRequest orDefault(NeedRequest request) {
    if (request.scope() != NationScope.BOTH || !request.covariates().isEmpty()) return request;
    return new NeedRequest(request.scope(), request.year(), request.measure(),
        DEFAULT.stream().map(MeasureId::new).toList(), request.covariateYear(), true);
  }
}
