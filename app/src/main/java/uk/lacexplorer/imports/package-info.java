/** Reading official files into observations: the importer contract, problems, markers. One sub-package per source. */
package uk.lacexplorer.imports;
