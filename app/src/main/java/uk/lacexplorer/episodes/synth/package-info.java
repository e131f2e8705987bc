/**
 * Synthetic SSDA903 extracts ({@code ./lacx synth903}): children entering care by age, staying for route-specific
 * durations, moving placement, changing legal status and re-entering, written in the CSV layout the importer reads.
 * The parameters are documented in {@link uk.lacexplorer.episodes.synth.SynthParameters}.
 */
package uk.lacexplorer.episodes.synth;
