/**
 * Importers of children's services spend by English authority: MHCLG revenue outturn (RO3 social care and RSX
 * service summary .ods workbooks, 2023-24 on) and DfE section 251 outturn (2008-09 to 2013-14), as pounds for the
 * financial year ending 31 March of the period.
 */
package uk.lacexplorer.imports.spend;
