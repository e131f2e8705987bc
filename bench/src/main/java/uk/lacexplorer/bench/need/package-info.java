/** JMH benchmarks of the need analyses over about 175 authorities (synthetic input). */
package uk.lacexplorer.bench.need;
