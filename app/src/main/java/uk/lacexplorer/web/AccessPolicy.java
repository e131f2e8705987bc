package uk.lacexplorer.web;

import io.javalin.http.Context;

/**
 * Decides whether a request may use a route that needs a {@link WebRole}. A route is allowed when any registered
 * policy permits it (see {@link WebModule#accessPolicies()}); the login feature adds one that checks the session.
 */
@FunctionalInterface
public interface AccessPolicy {
  boolean permits(Context ctx, WebRole role);
}
