package uk.lacexplorer.web;

/**
 * A link in the service navigation or the account area of the header.
 *
 * @param messageKey key of the link text in the message bundles
 * @param href where it goes (a path on this site)
 * @param section the section it marks as current: pages name their section when they render
 */
public record NavigationItem(String messageKey, String href, String section) {
}
