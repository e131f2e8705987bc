/**
 * Time-to-event estimates for right-censored data: Kaplan–Meier with Greenwood's variance, and the Aalen–Johansen
 * cumulative incidence of competing causes with the infinitesimal-jackknife variance that R's survival::survfit
 * reports for multi-state fits. Pure functions of the data: no I/O.
 */
package uk.lacexplorer.stats.survival;
