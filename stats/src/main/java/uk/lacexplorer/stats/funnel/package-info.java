/** Funnel plots of rates: exact, PHE and normal control limits around the pooled rate, with overdispersion adjustment. */
package uk.lacexplorer.stats.funnel;
