/** Comparing two authorities' rates: the exact conditional test of two Poisson rates and false-discovery-rate control. */
package uk.lacexplorer.stats.pairs;
