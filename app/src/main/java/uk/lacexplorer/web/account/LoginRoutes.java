package uk.lacexplorer.web.account;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.account.AccountService;
import uk.lacexplorer.account.LoginResult;
import uk.lacexplorer.account.SecretTokens;
import uk.lacexplorer.web.Authentication;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.SessionCookies;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.WebModule;

/**
 * Sign-in ({@code /login}) and sign-out ({@code /logout}); loads each request's session; adds the CSRF token to every
 * form and "Sign in"/"Sign out" to the header. The login form itself is protected by a token in a cookie that must
 * match the form's (there is no session yet).
 */
public final class LoginRoutes implements WebModule {
  static final String SECTION = "account";
  private final Site site;

  public LoginRoutes(Site site) {
    this.site = site;
  }

  private AccountService accounts() {
    return site.app().accounts();
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.before(ctx -> {
      if (!ctx.path().startsWith("/static/")) Authentication.load(ctx, accounts());
    });
    routes.get("/login", ctx -> showLogin(ctx, 200, List.of(), ""), WebRole.PUBLIC);
    routes.post("/login", this::login, WebRole.PUBLIC);
    routes.get("/logout", this::showLogout, WebRole.PUBLIC);
    routes.post("/logout", this::logout, WebRole.PUBLIC);
  }

  @Override
  public List<NavigationItem> accountLinks(Context ctx) {
    if (Authentication.account(ctx).isPresent()) return List.of(new NavigationItem("account.signOut", "/logout", SECTION));
    if (Authentication.session(ctx).isPresent()) return List.of();
    return List.of(new NavigationItem("account.signIn", "/login", SECTION));
  }

  @Override
  public Map<String, String> formFields(Context ctx) {
    return Authentication.session(ctx).map(session -> Map.of(Authentication.CSRF_FIELD, session.csrfToken()))
        .orElse(Map.of());
  }

  private void showLogin(Context ctx, int status, List<ErrorItem> errors, String username) {
    String loginToken = SecretTokens.newToken();
    SessionCookies.setLoginToken(ctx, loginToken);
    ctx.status(status);
    Page page = site.page(ctx, SECTION);
    site.render(ctx, "account/login.jte", Map.of("page", page, "errors", errors, "username", username,
        "loginToken", loginToken, "next", safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next")),
        "signedOut", ctx.queryParam("signedOut") != null));
  }

  private void login(Context ctx) {
    Page page = site.page(ctx, SECTION);
    String cookieToken = ctx.cookie(SessionCookies.LOGIN_TOKEN);
    if (!SecretTokens.sameSecret(cookieToken, ctx.formParam("loginToken"))) {
      throw new ForbiddenResponse(page.text("account.formExpired"));
    }
    String username = ctx.formParam("username") == null ? "" : ctx.formParam("username");
    String password = ctx.formParam("password") == null ? "" : ctx.formParam("password");
    List<ErrorItem> errors = new ArrayList<>();
    if (username.isBlank()) errors.add(new ErrorItem(page.text("account.enterUsername"), "#username"));
    if (password.isEmpty()) errors.add(new ErrorItem(page.text("account.enterPassword"), "#password"));
    if (!errors.isEmpty()) {
      showLogin(ctx, 400, errors, username);
      return;
    }
    LoginResult result = accounts().login(username, password.toCharArray(), ctx.ip());
    if (result instanceof LoginResult.SignedIn signedIn) {
      SessionCookies.setSession(ctx, signedIn.sessionToken(), AccountService.SESSION_LIFETIME.toSeconds());
      ctx.redirect(safeNext(ctx.formParam("next")));
    } else if (result instanceof LoginResult.Throttled) {
      showLogin(ctx, 429, List.of(new ErrorItem(page.text("account.loginThrottled"), null)), username);
    } else {
      showLogin(ctx, 401, List.of(new ErrorItem(page.text("account.loginRefused"), "#username")), username);
    }
  }

  private void showLogout(Context ctx) {
    if (Authentication.account(ctx).isEmpty()) {
      ctx.redirect("/login");
      return;
    }
    Page page = site.page(ctx, SECTION);
    site.render(ctx, "account/logout.jte", Map.of("page", page, "username", Authentication.account(ctx).get().username()));
  }

  private void logout(Context ctx) {
    Page page = site.page(ctx, SECTION);
    Authentication.requireCsrf(ctx, page.text("account.formExpired"));
    Authentication.session(ctx).ifPresent(session -> accounts().logout(session));
    SessionCookies.clearSession(ctx);
    ctx.redirect("/login?signedOut=1");
  }

  /** Only a path on this site (never {@code //host} or a full URL), else the self-evaluation start page. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
        || next.length() > 300 || next.chars().anyMatch(c -> c < 0x20)) {
      return "/selfeval";
    }
    return next;
  }
}
