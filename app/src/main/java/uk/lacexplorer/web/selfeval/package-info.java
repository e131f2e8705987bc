/** The self-evaluation pages ({@code /selfeval/…}) and JSON API ({@code /api/v1/selfeval/…}). */
package uk.lacexplorer.web.selfeval;
