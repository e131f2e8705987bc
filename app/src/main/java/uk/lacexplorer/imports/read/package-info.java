/** Shared reading helpers for importers: whole-file CSV reading with cut-off detection, problems, cells, lookups. */
package uk.lacexplorer.imports.read;
