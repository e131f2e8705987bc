/**
 * Projections from an authority's own SSDA903 episodes: children looked after by placement type and age band, month
 * by month, with transition and entry rates measured on the months before the extract's last date
 * ({@code ./lacx project --episodes DIR}).
 */
package uk.lacexplorer.projection.episodes;
