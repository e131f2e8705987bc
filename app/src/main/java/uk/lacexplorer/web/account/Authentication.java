package uk.lacexplorer.web.account;

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
 * The session of a request (from the cookie, looked up once) and the CSRF check: a request that changes something
 * must carry the session's token, as the form field {@value #CSRF_FIELD} or the header {@value #CSRF_HEADER}.
 */
public final class Authentication {
  public static final String CSRF_FIELD = "_csrf";
  public static final String CSRF_HEADER = "X-CSRF-Token";
  private static final String ATTRIBUTE = "lacx.session";
  private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

  private Authentication() {
  }

  public static void load(Context ctx, AccountService accounts) {
    if (ctx.attribute(ATTRIBUTE) != null) return;
    String token = ctx.cookie(SessionCookies.SESSION);
    Optional<Session> session = token == null || token.isEmpty() ? Optional.empty() : accounts.session(token);
    ctx.attribute(ATTRIBUTE, session);
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
    if (!changesSomething(ctx)) return;
    String expected = session(ctx).map(Session::csrfToken).orElse(null);
    String given = ctx.header(CSRF_HEADER);
    if (given == null && isForm(ctx)) given = ctx.formParam(CSRF_FIELD);
    if (!SecretTokens.sameSecret(expected, given)) throw new ForbiddenResponse(refusal);
  }

  private static boolean isForm(Context ctx) {
    String type = ctx.contentType();
    return type != null && (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"));
  }
}
