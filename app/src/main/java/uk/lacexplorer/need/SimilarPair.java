package uk.lacexplorer.need;

/**
 * Two authorities with close need profiles (one is among the other's k nearest) and the exact test of their rates.
 *
 * @param distance Euclidean distance between their standardised covariates
 * @param rateRatio rate of {@code first} over rate of {@code second} (first is the higher rate)
 * @param q Benjamini–Hochberg adjusted p-value over all the pairs tested
 */
public record SimilarPair(AuthorityNeed first, AuthorityNeed second, double distance, double rateRatio, double lower,
                          double upper, double p, double q, boolean differs) {
}
