package uk.lacexplorer.web;

import java.util.function.Supplier;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.UserError;

/**
 * One analysis on a page: its view, or why it cannot be shown for these choices (the analysis' own one-line
 * message in the page's language, e.g. too few authorities with data).
 *
 * @param apiPath the same analysis in the JSON API
 * @param error the analysis' refusal, kept so a page can offer controls for it (e.g. a missing need factor)
 */
public record Section<T>(T view, String problem, String apiPath, UserError error) {
  public boolean shown() {
    return view != null;
  }

  /** Neither shown nor refused: the analysis was not asked for. */
  public static <T> Section<T> empty() {
    return new Section<>(null, null, null, null);
  }

  /** Not asked for yet, with its API address. */
  public static <T> Section<T> notAsked(String apiPath) {
    return new Section<>(null, null, apiPath, null);
  }

  /** The view the analysis gives, or its refusal worded for the page's reader. */
  public static <T> Section<T> of(Page page, String apiPath, Supplier<T> view) {
    try {
      return new Section<>(view.get(), null, apiPath, null);
    } catch (UserError problem) {
      return new Section<>(null, problem.render(page.lang(), Audience.WEB), apiPath, problem);
    }
  }

  /** A query string of parameters, in name order. */
  public static String query(java.util.Map<String, java.util.List<String>> params) {
    StringBuilder query = new StringBuilder();
    new java.util.TreeMap<>(params).forEach((name, values) -> values.forEach(value -> query
        .append(query.length() == 0 ? "" : "&").append(name).append('=')
        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8))));
    return query.toString();
  }
}
