/**
 * Authority reports for a board: one {@link uk.lacexplorer.report.ReportRequest} (authority, year, language, HTML or
 * PDF), a {@link uk.lacexplorer.report.ReportService} that gathers the results of the existing analyses (trend, funnel
 * raw and need-adjusted, observed/expected, statistical neighbours, flows, key events, projection) into a
 * {@link uk.lacexplorer.report.ReportResult}, sentences written from the statistics by {@link
 * uk.lacexplorer.report.Narrative}'s rules, and the document drawn as HTML with inline SVG charts
 * ({@link uk.lacexplorer.report.ReportHtml}) or as a tagged PDF ({@link uk.lacexplorer.report.ReportPdf}).
 */
package uk.lacexplorer.report;
