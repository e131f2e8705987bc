package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.i18n.Audience;

/**
 * Turns failures into answers: under {@code /api/} a JSON object {@code {"status", "error", "message"}}, elsewhere a
 * GOV.UK error page in the user's language. A request the user can correct ({@link UserError}) is a 400 with its
 * one-line message; an unknown page is a 404; anything else is a 500 that says nothing about the cause (it is
 * logged). Never a stack trace.
 */
final class Errors {
  private static final Logger LOG = LoggerFactory.getLogger(Errors.class);
  private static final String HANDLED = NotFound.HANDLED;

  private Errors() {
  }

  static void register(RoutesConfig routes, Site site) {
    routes.exception(NotFound.class, (e, ctx) -> respond(ctx, site, 404, e.getMessage()));
    routes.exception(UserError.class, (e, ctx) -> respond(ctx, site, 400, e.render(site.lang(ctx), Audience.WEB)));
    routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, site, e.getStatus(), e.getMessage()));
    routes.exception(Exception.class, (e, ctx) -> {
      LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
      respond(ctx, site, 500, null);
    });
    routes.error(404, ctx -> {
      if (ctx.attribute(HANDLED) == null) respond(ctx, site, 404, null);
    });
  }

  static boolean isApi(Context ctx) {
    return ctx.path().startsWith("/api/");
  }

  static void respond(Context ctx, Site site, int status, String message) {
    ctx.attribute(HANDLED, true);
    ctx.status(status);
    Lang lang = site.lang(ctx);
    String known = java.util.Set.of(400, 401, 403, 404, 409, 410, 413, 429).contains(status) ? Integer.toString(status) : "500";
    // a 400 is the user error in the reader's language, a 404 names the address; the code's own (English) words
    // of other statuses are shown only to English readers
    String detail = status == 400 && message != null && !message.isBlank() ? message.strip()
        : status == 404 ? site.messages().lookup(lang, "error.api.notFound").replace("{0}", ctx.path())
        : message != null && !message.isBlank() && status < 500 && lang == Lang.EN ? message.strip()
        : site.messages().lookup(lang, "error." + known + ".detail");
    if (isApi(ctx)) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status);
      body.put("error", reason(status));
      body.put("message", detail);
      ctx.json(body);
      return;
    }
    Page page = site.page(ctx, "");
    String shown = message != null && !message.isBlank() && status < 500 && status != 404 ? sentence(message.strip())
        : site.messages().lookup(lang, "error." + known + ".detail");
    site.render(ctx, "errors/error.jte", Map.of("page", page, "titleKey", "error." + known + ".title", "detail", shown));
  }

  /** A one-line message as a sentence on a page: its first letter a capital (the command line prints it as it is). */
  static String sentence(String message) {
    if (message.isEmpty() || !Character.isLowerCase(message.codePointAt(0))) return message;
    int first = message.codePointAt(0);
    return new String(Character.toChars(Character.toTitleCase(first))) + message.substring(Character.charCount(first));
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "bad_request";
      case 403 -> "forbidden";
      case 404 -> "not_found";
      case 405 -> "method_not_allowed";
      case 413 -> "too_large";
      case 401 -> "unauthorized";
      case 409 -> "conflict";
      case 410 -> "gone";
      case 429 -> "too_many_requests";
      default -> status < 500 ? "client_error" : "internal_error";
    };
  }
}
