/**
 * Stock-flow projection of the number of children looked after: pure maths, no I/O. A year's step is
 * {@code stock' = stock + entrants - leavers}, entrants at a rate per 10,000 of the 0–17 population and leavers a
 * share of those at risk (the stock at the start plus the year's entrants). Intervals by simulation with a fixed
 * seed: parameter uncertainty (gamma for the entry rate, beta for the exit probability) and Poisson / binomial noise
 * of the flows.
 */
package uk.lacexplorer.stats.projection;
