/**
 * Generalised linear models for counts with a log link and an offset: Poisson and negative binomial (NB2, θ by
 * maximum likelihood), fitted by iteratively reweighted least squares, with Wald intervals, deviance and AIC as R.
 */
package uk.lacexplorer.stats.glm;
