package uk.lacexplorer.web;

import uk.lacexplorer.i18n.Lang;
import uk.lacexplorer.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Chooses the language of each request: {@code ?lang=cy} or {@code ?lang=en} switches and is remembered in a cookie
 * for a year; otherwise the cookie decides; otherwise English.
 */
final class Languages {
  static final String PARAMETER = "lang";
  static final String COOKIE = "lacx_lang";
  private static final String ATTRIBUTE = "lacx.lang";
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private Languages() {
  }

  static void resolve(Context ctx) {
    Lang asked = Lang.fromCode(ctx.queryParam(PARAMETER)).orElse(null);
    Lang lang;
    if (asked != null) {
      lang = asked;
      if (!asked.code().equals(ctx.cookie(COOKIE))) {
        ctx.cookie(new Cookie(COOKIE, asked.code(), "/", ONE_YEAR, false, true, null, SameSite.LAX));
      }
    } else {
      lang = Lang.fromCode(ctx.cookie(COOKIE)).orElse(Lang.EN);
    }
    ctx.attribute(ATTRIBUTE, lang);
  }

  static Lang of(Context ctx) {
    Lang lang = ctx.attribute(ATTRIBUTE);
    return lang == null ? Lang.EN : lang;
  }

  /** The current path and query with {@code lang} set to the other language. */
  static String switchHref(Context ctx, Lang current) {
    StringJoiner query = new StringJoiner("&");
    for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
      if (entry.getKey().equals(PARAMETER)) continue;
      for (String value : entry.getValue()) query.add(encode(entry.getKey()) + "=" + encode(value));
    }
    query.add(PARAMETER + "=" + current.other().code());
    return ctx.path() + "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
