/** Need covariates by authority: lone-parent households, children in low-income families, unemployment. */
package uk.lacexplorer.imports.covariates;
