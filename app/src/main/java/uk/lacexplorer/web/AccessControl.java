package uk.lacexplorer.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.javalin.router.Endpoint;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.account.AccessPolicy;
import uk.lacexplorer.account.AccessPolicy.Decision;
import uk.lacexplorer.account.AccessPolicy.Visitor;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.store.LocalServer;

/**
 * The one access check of the web application, run before every matched route: reads the route's {@link WebRole} and
 * the request's session, asks the application's {@link AccessPolicy}, and refuses before the route's handler runs —
 * a page by a redirect to the login page, the API by 401 (403 for a role the account lacks), a respondent's page by
 * 401, a local-control route by a plain 404. A change on a route that needs an account must carry the session's CSRF
 * token, a respondent's change the respondent session's token (403 otherwise). An application with a route that
 * declares no role is never built ({@link #requireRoles}).
 */
final class AccessControl {
  private final Site site;

  AccessControl(Site site) {
    this.site = site;
  }

  /** The single role a route declared, or null when it declared none (or several). */
  static WebRole roleOf(Set<RouteRole> roles) {
    if (roles == null || roles.size() != 1) return null;
    return roles.iterator().next() instanceof WebRole role ? role : null;
  }

  static WebRole roleOf(Endpoint endpoint) {
    Roles roles = endpoint == null ? null : endpoint.metadata(Roles.class);
    return roleOf(roles == null ? null : roles.getRoles());
  }

  /**
   * Refuses to build a web application with a route that declares no role (or several): called once the features
   * have registered their routes, so a forgotten role stops the server starting rather than opening a route.
   */
  static void requireRoles(List<ParsedEndpoint> routes) {
    List<String> missing = routes.stream().filter(route -> route.endpoint.method.isHttpMethod())
        .filter(route -> roleOf(route.endpoint) == null)
        .map(route -> route.endpoint.method + " " + route.endpoint.path).toList();
    if (!missing.isEmpty()) throw new IllegalStateException("routes without one WebRole: " + missing);
  }

  void check(Context ctx) {
    WebRole role = roleOf(ctx.endpoints().matchedHttpEndpoint());
    // Every route of the application has one (requireRoles); only a test tool adds a route to a built application.
    if (role == null) return;
    Application app = site.app();
    Visitor visitor = visitor(ctx, role);
    Decision decision = app.access().decide(role.need(site.settings()), visitor);
    if (decision == Decision.ALLOW) {
      if (role.needsAccount()) Authentication.requireCsrf(ctx, text(ctx, "selfeval.error.csrf"));
      if (role == WebRole.RESPONDENT) {
        Authentication.requireCsrf(ctx, Authentication.respondent(ctx), text(ctx, "selfeval.error.csrf"));
      }
      return;
    }
    if (role == WebRole.LOCAL_CONTROL) {
      ctx.status(HttpStatus.NOT_FOUND).result("Not found");
      ctx.skipRemainingHandlers();
      return;
    }
    if (decision == Decision.REFUSE) {
      // Uploads switched off say how to switch them on; an account without the role is told who can.
      throw new ForbiddenResponse(text(ctx, role == WebRole.DATA_MANAGER ? "error.403.detail" : "selfeval.error.forbidden"));
    }
    if (role == WebRole.RESPONDENT) throw new UnauthorizedResponse(text(ctx, "selfeval.respond.needLink"));
    if (Errors.isApi(ctx)) throw new UnauthorizedResponse(text(ctx, "error.401.detail"));
    ctx.redirect(Authentication.loginPath(ctx));
    ctx.skipRemainingHandlers();
  }

  private Visitor visitor(Context ctx, WebRole role) {
    Application app = site.app();
    return switch (role) {
      case PUBLIC, DATA_MANAGER -> Visitor.ANONYMOUS;
      case SIGNED_IN, COORDINATOR -> {
        Authentication.load(ctx, app.accounts());
        yield Visitor.signedIn(Authentication.account(ctx).orElse(null));
      }
      case RESPONDENT -> {
        Authentication.loadRespondent(ctx, app.accounts());
        yield new Visitor(null, Authentication.respondent(ctx).isPresent(), false);
      }
      case LOCAL_CONTROL -> new Visitor(null, false, fromLocalCommand(ctx));
    };
  }

  /** Loopback, an embedded home with a running server's announcement, and that home's secret in the header. */
  private boolean fromLocalCommand(Context ctx) {
    Application app = site.app();
    if (!app.config().isEmbedded() || !fromLoopback(ctx)) return false;
    var server = LocalServer.find(app.config().home());
    return server.isPresent() && LocalServer.accepts(server.get().secret(), ctx.header(LocalServer.HEADER));
  }

  private static boolean fromLoopback(Context ctx) {
    try {
      return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  private String text(Context ctx, String key) {
    return site.messages().lookup(site.lang(ctx), key);
  }
}
