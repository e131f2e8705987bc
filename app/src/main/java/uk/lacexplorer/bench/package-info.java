/** Benchmarks run from the command line ({@code ./lacx bench ...}), not as tests: timings with medians and minima. */
package uk.lacexplorer.bench;
