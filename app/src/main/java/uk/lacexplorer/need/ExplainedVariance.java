package uk.lacexplorer.need;

import uk.lacexplorer.area.Nation;

/**
 * For one nation and year: how much of the between-authority variation in counts (beyond population size) deprivation
 * alone and the full covariate set explain, as Poisson deviance explained (pseudo-R²) and as the fall in the Pearson
 * dispersion φ = χ²/df from the intercept-only model (φ = 1 is chance variation alone).
 *
 * @param overdispersionDropDeprivation (φ_null − φ_deprivation) / φ_null
 */
public record ExplainedVariance(Nation nation, int year, int authorities, String covariateYears,
                                double devianceExplainedDeprivation, double devianceExplainedFull,
                                double dispersionNull, double dispersionDeprivation, double dispersionFull,
                                double overdispersionDropDeprivation, double overdispersionDropFull) {
}
