package uk.lacexplorer.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * The session cookie: HttpOnly (scripts cannot read it), SameSite=Lax (not sent with other sites' form posts), and
 * Secure when the request came over TLS (directly, or through a proxy that says so in X-Forwarded-Proto).
 */
public final class SessionCookies {
  public static final String SESSION = "lacx_session";
  public static final String LOGIN_TOKEN = "lacx_login";
  private static final int LOGIN_TOKEN_SECONDS = 3600;

  private SessionCookies() {
  }

  static boolean secure(Context ctx) {
    return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
  }

  public static void setSession(Context ctx, String token, long maxAgeSeconds) {
    ctx.cookie(cookie(ctx, SESSION, token, (int) maxAgeSeconds));
  }

  public static void clearSession(Context ctx) {
    ctx.cookie(cookie(ctx, SESSION, "", 0));
  }

  /** A respondent's session, sent only to the respondents' pages; separate from any account's session. */
  public static final String RESPONDENT = "lacx_respondent";
  static final String RESPONDENT_PATH = "/selfeval/respond";

  public static void setRespondent(Context ctx, String token, long maxAgeSeconds) {
    Cookie cookie = cookie(ctx, RESPONDENT, token, (int) maxAgeSeconds);
    cookie.setPath(RESPONDENT_PATH);
    ctx.cookie(cookie);
  }

  public static void clearRespondent(Context ctx) {
    Cookie cookie = cookie(ctx, RESPONDENT, "", 0);
    cookie.setPath(RESPONDENT_PATH);
    ctx.cookie(cookie);
  }

  public static void setLoginToken(Context ctx, String token) {
    ctx.cookie(cookie(ctx, LOGIN_TOKEN, token, LOGIN_TOKEN_SECONDS));
  }

  private static Cookie cookie(Context ctx, String name, String value, int maxAge) {
    return new Cookie(name, value, "/", maxAge, secure(ctx), true, null, SameSite.LAX);
  }
}
