package uk.lacexplorer.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.AccountService;
import uk.lacexplorer.account.SecretTokens;
import uk.lacexplorer.account.Session;

/**
 * The session of a request (from the cookie, looked up once), a respondent's session, and the CSRF check: a request that changes something
 * must carry the session's token, as the form field {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER}.
 */
public final class Authentication {
  public static final String CSRF_FIELD = "_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String ATTRIBUTE = "lacx.session";
  private static final String RESPONDENT = "lacx.respondent";
  private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private Authentication() {
  }

  public static void load(Context ctx, AccountService accounts) {
    if (ctx.attribute(ATTRIBUTE) != null) return;
    String token = ctx.cookie(SessionCookies.SESSION);
    Optional<Session> session = token == null || token.isEmpty() ? Optional.empty() : accounts.session(token);
    ctx.attribute(ATTRIBUTE, session);
  }

  /** Loads the respondent's session (its own cookie, sent only to the respondents' pages), once per request. */
  static void loadRespondent(Context ctx, AccountService accounts) {
    if (ctx.attribute(RESPONDENT) != null) return;
    String token = ctx.cookie(SessionCookies.RESPONDENT);
    Optional<Session> session = token == null || token.isEmpty() ? Optional.empty()
        : accounts.session(token).filter(Session::isRespondent);
    ctx.attribute(RESPONDENT, session);
  }

  /** The respondent's session of this request, if it carries one (loaded for routes that need a respondent). */
  public static Optional<Session> respondent(Context ctx) {
    Optional<Session> session = ctx.attribute(RESPONDENT);
    return session == null ? Optional.empty() : session;
  }

  public static Optional<Session> session(Context ctx) {
    Optional<Session> session = ctx.attribute(ATTRIBUTE);
    return session == null ? Optional.empty() : session;
  }

  /** The signed-in account (not a respondent's session). */
  public static Optional<Account> account(Context ctx) {
    return session(ctx).map(Session::account);
  }

  public static boolean changesSomething(Context ctx) {
    return !SAFE.contains(ctx.method());
  }

  /** Refuses (403) a state-changing request whose CSRF token is missing or wrong. */
  public static void requireCsrf(Context ctx, String refusal) {
    requireCsrf(ctx, session(ctx), refusal);
  }

  /** Refuses (403) a state-changing request that does not carry {@code session}'s CSRF token. */
  static void requireCsrf(Context ctx, Optional<Session> session, String refusal) {
    if (!changesSomething(ctx)) return;
    String expected = session.map(Session::csrfToken).orElse(null);
    String given = ctx.header(CSRF_HEADER);
    if (given == null && isForm(ctx)) given = ctx.formParam(CSRF_FIELD);
    if (!SecretTokens.sameSecret(expected, given)) throw new ForbiddenResponse(refusal);
  }

  /** Where a page that needs an account sends a visitor without a session (and back again after signing in). */
  public static String loginPath(Context ctx) {
    String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
    return "/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
  }
}
