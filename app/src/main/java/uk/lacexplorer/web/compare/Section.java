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

  /** Neither shown nor refused: the analysis was not asked for. */
  public static <T> Section<T> empty() {
    return new Section<>(null, null, null);
  }

  /** A query string of command-line parameters, in name order. */
  public static String query(java.util.Map<String, java.util.List<String>> params) {
    StringBuilder query = new StringBuilder();
    new java.util.TreeMap<>(params).forEach((name, values) -> values.forEach(value -> query
        .append(query.length() == 0 ? "" : "&").append(name).append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))));
    return query.toString();
  }
}
