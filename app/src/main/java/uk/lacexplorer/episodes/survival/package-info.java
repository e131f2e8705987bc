/**
 * Time in care: periods of care as survival data (time from entry to leaving, by exit route, censored at the end of
 * the collection window), and the Kaplan–Meier and Aalen–Johansen estimates by group.
 */
package uk.lacexplorer.episodes.survival;
