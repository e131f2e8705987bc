package uk.lacexplorer.stats.glm;

/**
 * The counts vary no more than Poisson variation: the negative binomial likelihood keeps rising as θ grows, so θ has
 * no finite estimate. Callers that can fall back to the Poisson model (e.g. empirical Bayes with no spread between
 * areas) catch this, and only this.
 */
public final class NoOverdispersionException extends IllegalArgumentException {
  public NoOverdispersionException() {
    super("no overdispersion: the likelihood keeps rising as theta grows; use the Poisson family");
  }
}
