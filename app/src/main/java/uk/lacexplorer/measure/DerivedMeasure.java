package uk.lacexplorer.measure;

import java.util.Map;
import java.util.Optional;

/**
 * A resource measure that is not stored but computed, area by area and year by year, as one stored measure divided by
 * another (times a multiplier): spend per child looked after, spend per child aged 0–17, the looked-after share of
 * children's social care spend, social workers per 10,000 children and children looked after per social worker.
 * Each is in {@code measures.csv} (so it has a label, unit and period) and is used as a covariate only when named.
 *
 * @param id the measure id
 * @param numerator the stored measure on top
 * @param denominator the stored measure below
 * @param multiplier 1, 100 (a percentage) or 10,000 (a rate per 10,000)
 */
public record DerivedMeasure(String id, String numerator, String denominator, double multiplier) {
  private static final Map<String, DerivedMeasure> ALL = Map.of(
      "spend_cla_per_child_looked_after", new DerivedMeasure("spend_cla_per_child_looked_after", "spend_cla_gross",
          "children_looked_after", 1),
      "spend_csc_per_child", new DerivedMeasure("spend_csc_per_child", "spend_csc_gross", "population_0_17_dfe", 1),
      "spend_cla_share_of_csc", new DerivedMeasure("spend_cla_share_of_csc", "spend_cla_gross", "spend_csc_gross", 100),
      "social_workers_per_10000", new DerivedMeasure("social_workers_per_10000", "social_workers_fte",
          "population_0_17_dfe", 10_000),
      "children_looked_after_per_social_worker", new DerivedMeasure("children_looked_after_per_social_worker",
          "children_looked_after", "social_workers_fte", 1));

  public static Optional<DerivedMeasure> of(String id) {
    return Optional.ofNullable(ALL.get(id));
  }

  /** The value from its two parts, or null when either is missing or the denominator is 0. */
  public Double value(Double top, Double bottom) {
    return top == null || bottom == null || bottom == 0 ? null : top / bottom * multiplier;
  }
}
