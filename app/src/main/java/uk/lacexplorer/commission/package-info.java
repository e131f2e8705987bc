/**
 * Commissioning: the placement demand a projection implies, by placement type and year, against the supply an
 * authority holds (a file it provides), the gap each year and what it costs. Built on {@code projection}; no
 * adapter imports here.
 */
package uk.lacexplorer.commission;
