/** StatsWales CSV exports as downloaded: children looked after by authority, sex and age; population projections. */
package uk.lacexplorer.imports.statswales;
