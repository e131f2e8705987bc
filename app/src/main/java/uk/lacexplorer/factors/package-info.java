/**
 * The moderating factors the 2013 research tested beside deprivation (age structure, household size, density,
 * household deprivation, placement mix) for one authority, beside the spread of its nation's authorities:
 * {@code ./lacx factors --area A}, {@code /api/v1/factors} and the profile's "Context" section.
 */
package uk.lacexplorer.factors;
