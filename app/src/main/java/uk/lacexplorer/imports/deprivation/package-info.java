/**
 * Deprivation: WIMD LSOA ranks and deciles (2011, 2014, 2019) to each Welsh authority's share of LSOAs among the
 * most deprived of Wales; English IMD and IDACI 2019 upper-tier summaries. Each index ranks areas within its own
 * nation only, so Welsh and English figures are not comparable.
 */
package uk.lacexplorer.imports.deprivation;
