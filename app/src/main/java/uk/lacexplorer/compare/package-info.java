/**
 * Comparisons of authorities from the store: {@link uk.lacexplorer.compare.CountTables} loads counts and populations
 * (shared with the need-adjusted models); services turn them into funnel plots, trends, change points and shrinkage.
 */
package uk.lacexplorer.compare;
