/** ONS mid-year population estimates (Nomis, demographr extracts, LSOA) summed to ages 0–17 by upper-tier authority. */
package uk.lacexplorer.imports.ons;
