/** Change points in a yearly series of counts: segmented Poisson regression with breaks chosen by BIC. */
package uk.lacexplorer.stats.changepoint;
