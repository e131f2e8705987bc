package uk.lacexplorer.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * A feature of the web application: its pages and API routes, its links in the service navigation, and optionally
 * account links and hidden form fields (such as a CSRF token). Every route is registered with the {@link WebRole} it
 * needs, which {@link AccessControl} checks before the route runs. The standard
 * features are listed in {@link App}; a later feature (self-evaluation, login) plugs in by passing its module to
 * {@link App#create}.
 */
public interface WebModule {

  /** Adds the feature's routes: pages under {@code /…}, JSON under {@code /api/v1/…}. */
  void register(RoutesConfig routes);

  /** Links for the service navigation, in order. */
  default List<NavigationItem> navigation() {
    return List.of();
  }

  /** Links shown at the end of the service navigation for this request (e.g. "Sign in" or "Sign out"). */
  default List<NavigationItem> accountLinks(Context ctx) {
    return List.of();
  }

  /** Hidden fields every form posting to this site must carry for this request (e.g. a CSRF token). */
  default Map<String, String> formFields(Context ctx) {
    return Map.of();
  }

  /** The feature's read-only JSON API answers, served under {@code /api/v1/NAME} by the API module. */
  default List<uk.lacexplorer.web.ApiEndpoint> endpoints() {
    return List.of();
  }
}
