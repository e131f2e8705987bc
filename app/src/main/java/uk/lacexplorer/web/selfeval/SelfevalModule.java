package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import java.util.List;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * Self-evaluation in the web application. Each route declares what it needs ({@link uk.lacexplorer.web.WebRole}):
 * every page under {@code /selfeval/} a signed-in account, and those that change rounds or the action plan a
 * coordinator (without a session: a redirect to the login page, showing nothing); the respondents' pages under
 * {@code /selfeval/respond} a respondent's session, which an invitation link starts; every API route under
 * {@code /api/v1/selfeval/} a session (401 without). The web's one access check enforces it, and every request that
 * changes something must carry the session's CSRF token (403 otherwise). Which authority's records an account sees
 * the services decide by the same policy.
 */
public final class SelfevalModule implements WebModule {
  static final String SECTION = "selfeval";
  static final String RESPOND = "/selfeval/respond";
  private final Site site;
  private final Guard guard;
  private final IssuedLinks issuedLinks = new IssuedLinks();

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
    new RoundPages(site, guard, issuedLinks).register(routes);
    new RoundChangePages(site, guard).register(routes);
    new ResultPages(site, guard).register(routes);
    new PlanPages(site, guard).register(routes);
    new RespondPages(site, guard).register(routes);
    new SelfevalApi(site, guard).register(routes);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.selfeval", "/selfeval", SECTION));
  }
}
