/**
 * Validation of SSDA903 tables: the documented rule set ({@link uk.lacexplorer.episodes.validate.RuleCatalogue}),
 * based on the DfE SSDA903 validation guidance as data-to-insight/csc-validator-be-903 implements it, written anew.
 */
package uk.lacexplorer.episodes.validate;
