package uk.lacexplorer.stats.shrinkage;

import uk.lacexplorer.stats.rate.Interval;

/**
 * An area's raw rate beside its empirical-Bayes estimate (rates per unit of population).
 *
 * @param raw the exact Poisson interval of the raw rate
 * @param estimate the posterior mean (α + O) / (β + n)
 * @param interval the posterior's equal-tailed interval, Gamma(α + O, β + n) quantiles
 * @param shrinkage B = β / (β + n): the weight on the prior mean (0 = raw rate kept, 1 = all the way to the mean)
 */
public record ShrunkRate(AreaCount area, double rawRate, Interval raw, double estimate, Interval interval,
                         double shrinkage) {
}
