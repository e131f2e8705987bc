/** Rates per population and their confidence intervals. */
package uk.lacexplorer.stats.rate;
