package uk.lacexplorer.web;

import io.javalin.security.RouteRole;

/**
 * What a route needs. Reading is open to anyone; changing shared data ({@link #DATA_MANAGER}: uploading an official
 * file) is allowed only when an {@link AccessPolicy} permits it: for now the {@code LACX_ALLOW_UPLOAD=true} setting,
 * later a signed-in user with that role.
 */
public enum WebRole implements RouteRole {
  ANYONE,
  DATA_MANAGER
}
