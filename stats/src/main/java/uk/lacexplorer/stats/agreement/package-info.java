/**
 * Agreement on ordinal ratings: how far respondents agree on one item (Leik's dispersion, Tastle and Wierman's
 * consensus) and how far two groups of respondents diverge (mean and median gap, Cliff's delta, Mann–Whitney test).
 */
package uk.lacexplorer.stats.agreement;
