package uk.lacexplorer.cascade;

/**
 * One figure of the cascade: a stage's rate per 10,000 children (count, exact Poisson 95% interval), its conversion
 * from the stage before (per 100, Wilson 95% interval) or a resource's value, beside the nation's value, the
 * neighbours' median and range, the funnel position against the nation and the ratio to the neighbours' median.
 * Numbers are null where the loaded data hold none ({@code status} says why), never zero.
 *
 * @param figure {@code rate_per_10000}, {@code per_100_previous} or {@code value}
 * @param from the stage the conversion divides by, or null
 * @param base the population aged 0–17 of a rate, the previous stage's count of a conversion, null for a value
 * @param neighbours how many neighbours have the figure
 * @param position the funnel position against the nation ({@code within}, {@code above_998}, …), or null
 * @param status {@code ok}, {@code suppressed} (the count is withheld or missing at source), {@code not_in_loaded_data},
 *     or {@code not_a_subset} (a conversion whose count exceeds the stage before: no Wilson interval)
 */
public record CascadeFigure(Stage stage, String figure, String from, Double count, String countFlag, Double base,
                            Double value, Double lower, Double upper, Double national, Double neighboursMedian,
                            Double neighboursMin, Double neighboursMax, int neighbours, String position, Double ratio,
                            Double ratioLower, Double ratioUpper, String status) {
  public static final String RATE = "rate_per_10000";
  public static final String CONVERSION = "per_100_previous";
  public static final String VALUE = "value";

  public boolean hasValue() {
    return value != null;
  }

  /** How far the ratio to the neighbours' median is from 1 once its interval is counted (0 when it includes 1). */
  public double departure() {
    if (ratioLower == null || ratioUpper == null) return 0;
    if (ratioLower > 1) return Math.log(ratioLower);
    if (ratioUpper < 1) return -Math.log(ratioUpper);
    return 0;
  }

  /**
   * Whether the figure may be named as where the authority departs most: every figure but a placement count per
   * 10,000 children whose share of the stage before is shown (far-away placements per 10,000 children mostly repeat
   * how many children are looked after; per 100 new placements they say how placements are made).
   */
  public boolean speaksForTheSystem() {
    return !(stage.kind() == Stage.Kind.PLACEMENT && RATE.equals(figure) && stage.previous() != null);
  }
}
