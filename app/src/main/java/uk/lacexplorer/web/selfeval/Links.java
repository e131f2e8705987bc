package uk.lacexplorer.web.selfeval;

import io.javalin.http.Context;

/** Full links for invitations, built from the address the coordinator used to reach this server. */
final class Links {
  private Links() {
  }

  static String base(Context ctx) {
    String forwarded = ctx.header("X-Forwarded-Proto");
    String scheme = "https".equalsIgnoreCase(forwarded) ? "https" : ctx.scheme();
    String host = ctx.host();
    return scheme + "://" + (host == null || host.isBlank() ? "localhost" : host);
  }
}
