package uk.lacexplorer.stats.shrinkage;

/**
 * The distribution of the true rates across areas: Gamma with the given mean and shape (rate parameter shape/mean),
 * estimated by maximum likelihood from the negative binomial that the counts then follow. An infinite shape means the
 * areas vary no more than chance explains (no overdispersion), and every estimate shrinks all the way to the mean.
 *
 * @param mean the prior mean rate (per unit of population)
 * @param shape α (θ of the negative binomial); {@code Double.POSITIVE_INFINITY} when there is no overdispersion
 * @param shapeStandardError standard error of α (NaN when infinite)
 */
public record GammaPrior(double mean, double shape, double shapeStandardError) {
  /** β = α / mean: the prior's weight in person-units of population. */
  public double rate() {
    return shape / mean;
  }

  public boolean noVariation() {
    return Double.isInfinite(shape);
  }

  /** The coefficient of variation of the true rates, 1/√α. */
  public double coefficientOfVariation() {
    return 1 / Math.sqrt(shape);
  }
}
