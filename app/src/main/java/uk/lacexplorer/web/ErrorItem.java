package uk.lacexplorer.web;

/**
 * One line of a GOV.UK error summary.
 *
 * @param text what is wrong, already in the user's language
 * @param href the field it concerns ({@code #id}), or null
 */
public record ErrorItem(String text, String href) {
}
