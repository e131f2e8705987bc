/** Builds the list of areas (authorities, regions, nations) and name aliases from the ONS lookups and curated tables. */
package uk.lacexplorer.area.build;
