/** Ordinary least squares with studentised residuals, the Breusch–Pagan test and variance inflation factors. */
package uk.lacexplorer.stats.regression;
