/**
 * Explaining variation by need: covariate tables from the store, need-adjusted models, statistical neighbours,
 * similar-need pairs, clusters and the entry/duration decomposition (the maths is in the stats module).
 */
package uk.lacexplorer.need;
