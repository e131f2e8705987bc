/**
 * Disclosure control, one module for every export (CSV, the JSON API, the reports' HTML and PDF and their charts):
 * {@link uk.lacexplorer.disclosure.Disclosure} is applied to an analysis' {@code Output} at each export point, and to
 * the rows a report draws. Counts published rounded to the nearest 5 keep their {@code rounded} flag; a suppressed
 * count is withheld with everything derived from it (rate, interval, rank, position); in a table whose authorities add
 * up to a total shown beside them, {@link uk.lacexplorer.disclosure.SecondarySuppression} withholds more cells until
 * no suppressed count can be worked out by subtraction ({@link uk.lacexplorer.disclosure.Recovery} is the attacker it
 * checks against); self-evaluation figures from fewer than {@value uk.lacexplorer.disclosure.Disclosure#THRESHOLD}
 * respondents are withheld. CSV cells are made formula-safe by {@code output.SafeCsv}, which every CSV writer uses.
 */
package uk.lacexplorer.disclosure;
