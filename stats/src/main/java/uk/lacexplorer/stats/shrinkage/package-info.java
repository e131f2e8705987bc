/** Empirical-Bayes (Poisson–gamma) estimates of area rates, shown beside the raw rates for small areas. */
package uk.lacexplorer.stats.shrinkage;
