/** The importer of DfE's statistical neighbours (the April 2021 groupings and the 2025 model), by English authority. */
package uk.lacexplorer.imports.peers;
