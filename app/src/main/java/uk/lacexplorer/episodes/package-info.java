/**
 * Child-level SSDA903 episodes: reading an authority's tables, validating them, deriving yearly flows and time in
 * care, and writing synthetic extracts. {@link uk.lacexplorer.episodes.EpisodeService} is the entry point.
 */
package uk.lacexplorer.episodes;
