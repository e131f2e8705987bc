package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.util.List;
import uk.lacexplorer.web.account.Authentication;
import uk.lacexplorer.web.account.LoginRoutes;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * Self-evaluation in the web application. Every page under {@code /selfeval/} needs a signed-in account (without
 * one: a redirect to the login page, showing nothing) except the respondents' pages under {@code /selfeval/respond},
 * which need an invitation. Every API route under {@code /api/v1/selfeval/} answers 401 without a session. Every
 * request that changes something must carry the session's CSRF token (403 otherwise).
 */
public final class SelfevalModule implements WebModule {
  static final String SECTION = "selfeval";
  static final String RESPOND = "/selfeval/respond";
  private final Site site;
  private final Guard guard;

  public SelfevalModule(Site site) {
    this.site = site;
    this.guard = new Guard(site);
  }

  @Override
  public void register(RoutesConfig routes) {
    // Answers, evidence and titles are private and must be stored as given: never cached, never mangled.
    for (String path : List.of("/api/v1/selfeval", "/api/v1/selfeval/*", "/selfeval", "/selfeval/*")) {
      routes.before(path, ctx -> ctx.header("Cache-Control", "no-store"));
      routes.before(path, uk.lacexplorer.web.CleanText::requireCleanBody);
    }
    routes.before("/api/v1/selfeval", this::apiGuard);
    routes.before("/api/v1/selfeval/*", this::apiGuard);
    routes.before("/selfeval", this::pageGuard);
    routes.before("/selfeval/*", this::pageGuard);
    new RoundPages(site, guard).register(routes);
    new ResultPages(site, guard).register(routes);
    new PlanPages(site, guard).register(routes);
    new RespondPages(site, guard).register(routes);
    new SelfevalApi(site, guard).register(routes);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.selfeval", "/selfeval", SECTION));
  }

  private void apiGuard(Context ctx) {
    Authentication.load(ctx, site.app().accounts());
    if (Authentication.account(ctx).isEmpty()) throw new UnauthorizedResponse(guard.text(ctx, "error.401.detail"));
    Authentication.requireCsrf(ctx, guard.text(ctx, "selfeval.error.csrf"));
  }

  private void pageGuard(Context ctx) {
    if (ctx.path().equals(RESPOND) || ctx.path().startsWith(RESPOND + "/")) return;
    Authentication.load(ctx, site.app().accounts());
    if (Authentication.account(ctx).isEmpty()) {
      ctx.redirect(LoginRoutes.loginPath(ctx));
      ctx.skipRemainingHandlers();
      return;
    }
    Authentication.requireCsrf(ctx, guard.text(ctx, "selfeval.error.csrf"));
  }
}
