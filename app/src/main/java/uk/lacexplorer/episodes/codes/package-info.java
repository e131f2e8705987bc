/** The DfE SSDA903 code lists (read from {@code episodes/codes/*.csv}) and the grouping of exit reasons into routes. */
package uk.lacexplorer.episodes.codes;
