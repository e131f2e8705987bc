/**
 * Moderating factors from Census 2021 and the boundary files: average household size, population density (land area
 * from the ONS boundaries) and the household deprivation dimensions, each summed from districts or LSOAs to the
 * authorities that run children's services.
 */
package uk.lacexplorer.imports.census;
