/** JMH benchmarks of the comparisons (funnel, trend, change points, shrinkage, change) over 175 synthetic authorities. */
package uk.lacexplorer.bench.compare;
