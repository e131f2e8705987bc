package uk.lacexplorer.web.compare;

/**
 * One analysis on the Compare page: its view, or why it cannot be shown for these choices (the command's own
 * one-line message, e.g. too few authorities with data).
 *
 * @param apiPath the same analysis in the JSON API
 */
public record Section<T>(T view, String problem, String apiPath) {
  public boolean shown() {
    return view != null;
  }
}
