/** Binomial proportions: Wilson's score interval and funnel limits for a proportion. */
package uk.lacexplorer.stats.proportion;
