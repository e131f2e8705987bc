/** Trend tests for a series of rates (the Fingertips recent-trend method) and comparisons with a benchmark. */
package uk.lacexplorer.stats.trend;
