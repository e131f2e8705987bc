/** Statistical neighbours: nearest authorities on standardised need factors (Euclidean, weighted or Mahalanobis). */
package uk.lacexplorer.stats.peers;
