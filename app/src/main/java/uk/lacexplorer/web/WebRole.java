package uk.lacexplorer.web;

import io.javalin.security.RouteRole;
import uk.lacexplorer.account.AccessPolicy;
import uk.lacexplorer.account.AccessPolicy.Need;

/**
 * What a route needs, declared where the route is registered ({@code routes.get(path, handler, WebRole.PUBLIC)}).
 * Every route has exactly one; {@link AccessControl} checks it against the application's {@link AccessPolicy} before
 * the route runs, and refuses a route that declares none.
 */
public enum WebRole implements RouteRole {
  /** Anyone: the statistics pages, the open API, the login form, an invitation link (the token is the key). */
  PUBLIC,
  /** A signed-in account: without one a page redirects to the login page, the API answers 401. */
  SIGNED_IN,
  /** A signed-in coordinator of an authority (others: 403); which records are theirs the services decide. */
  COORDINATOR,
  /** A respondent in the session an invitation link started (without one: 401, asking for the link). */
  RESPONDENT,
  /** Uploading an official file: off (403) unless {@code LACX_ALLOW_UPLOAD=true} opens it to anyone. */
  DATA_MANAGER,
  /** Requests from a command beside {@code ./lacx serve}: loopback and the home's secret, else a plain 404. */
  LOCAL_CONTROL;

  /** What the policy is asked for this role under the server's settings. */
  Need need(WebSettings settings) {
    return switch (this) {
      case PUBLIC -> Need.PUBLIC;
      case SIGNED_IN -> Need.SIGNED_IN;
      case COORDINATOR -> Need.COORDINATOR;
      case RESPONDENT -> Need.RESPONDENT;
      case DATA_MANAGER -> settings.allowUpload() ? Need.PUBLIC : Need.NOBODY;
      case LOCAL_CONTROL -> Need.LOCAL_PROCESS;
    };
  }

  /** Whether the route works on an account's session, so that a change must carry that session's CSRF token. */
  boolean needsAccount() {
    return this == SIGNED_IN || this == COORDINATOR;
  }
}
