/** Reading SSDA903 CSV tables into compact column arrays: dates as day numbers, codes as small indexes. */
package uk.lacexplorer.episodes.parse;
