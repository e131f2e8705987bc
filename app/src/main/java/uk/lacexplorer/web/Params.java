package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import uk.lacexplorer.i18n.UserError;

/**
 * The query parameters of one request, validated at the boundary: only the names a route accepts (plus {@code lang}),
 * short values, whole numbers where numbers are expected. Errors are {@link UserError}s (400) naming the parameter,
 * the value and what would be right.
 */
public final class Params {
  static final int MAX_LENGTH = 200;
  private final Context ctx;

  private Params(Context ctx) {
    this.ctx = ctx;
  }

  /** Checks that every parameter is one of {@code accepted} (or {@code lang}). */
  public static Params of(Context ctx, String... accepted) {
    Set<String> names = new LinkedHashSet<>(List.of(accepted));
    for (String name : ctx.queryParamMap().keySet()) {
      if (!names.contains(name) && !name.equals(Languages.PARAMETER)) {
        throw new UserError("unknown parameter '" + shorten(name) + "': use "
            + (names.isEmpty() ? "none" : String.join(", ", names)));
      }
    }
    for (List<String> values : ctx.queryParamMap().values()) {
      for (String value : values) {
        if (value.length() > MAX_LENGTH) throw new UserError("a parameter value is longer than " + MAX_LENGTH + " characters");
      }
    }
    return new Params(ctx);
  }

  /** The value, or null when absent or blank. */
  public String text(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String text(String name, String fallback) {
    String value = text(name);
    return value == null ? fallback : value;
  }

  public String required(String name) {
    String value = text(name);
    if (value == null) throw new UserError("parameter '" + name + "' is required");
    return value;
  }

  public Integer integer(String name) {
    String value = text(name);
    if (value == null) return null;
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      throw new UserError("parameter '" + name + "': '" + shorten(value) + "' is not a whole number");
    }
  }

  public boolean flag(String name) {
    String value = text(name);
    if (value == null) return false;
    return switch (value.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new UserError("parameter '" + name + "': '" + shorten(value) + "' is not true or false");
    };
  }

  /** Values given repeatedly or comma-separated ({@code area=Torfaen&area=Newport} or {@code area=Torfaen,Newport}). */
  public List<String> list(String name) {
    List<String> values = new ArrayList<>();
    for (String value : ctx.queryParams(name)) {
      for (String part : value.split(",")) {
        if (!part.isBlank()) values.add(part.strip());
      }
    }
    return values;
  }

  static String shorten(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
