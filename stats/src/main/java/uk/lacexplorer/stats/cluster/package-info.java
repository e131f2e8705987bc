/** Clusters of authorities on standardised factors: k-means (k-means++ starts, fixed seed), Ward hierarchical, silhouettes. */
package uk.lacexplorer.stats.cluster;
