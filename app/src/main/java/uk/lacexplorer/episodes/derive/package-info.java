/**
 * Yearly flows (looked after at 31 March, started, ceased by route, periods, moves, re-entries), profiles at 31
 * March and periods of care, derived from an authority's episodes.
 */
package uk.lacexplorer.episodes.derive;
