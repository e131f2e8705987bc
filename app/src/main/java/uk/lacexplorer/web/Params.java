package uk.lacexplorer.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.UserError;

/**
 * The query parameters of one request, checked at the boundary: only the names a route accepts (plus {@code lang}),
 * short values. Parameters carry the command line's option names without the dashes. Values are read as text and
 * handed to the analysis' request, which parses and checks them as the command line does; errors are
 * {@link UserError}s (400) in the page's language.
 */
public final class Params {
  static final int MAX_LENGTH = 200;
  private final Context ctx;
  private final Set<String> accepted;

  private Params(Context ctx, Set<String> accepted) {
    this.ctx = ctx;
    this.accepted = accepted;
  }

  /** Checks that every parameter is one of {@code accepted} (or {@code lang}) and no value is too long. */
  public static Params of(Context ctx, String... accepted) {
    return of(ctx, List.of(accepted));
  }

  public static Params of(Context ctx, List<String> accepted) {
    Set<String> names = new LinkedHashSet<>(accepted);
    for (String name : ctx.queryParamMap().keySet()) {
      if (!names.contains(name) && !name.equals(Languages.PARAMETER)) {
        throw UserError.of("error.parameter.unknown", Choices.shorten(name),
            names.isEmpty() ? Arg.key("word.none") : Arg.choice(List.copyOf(names)));
      }
    }
    for (List<String> values : ctx.queryParamMap().values()) {
      for (String value : values) {
        if (value.length() > MAX_LENGTH) throw UserError.of("error.parameter.tooLong", MAX_LENGTH);
      }
    }
    return new Params(ctx, names);
  }

  public Set<String> accepted() {
    return accepted;
  }

  /** The value, or null when absent or blank. A parameter given twice is refused. */
  public String text(String name) {
    List<String> values = ctx.queryParams(name);
    if (values.size() > 1) throw UserError.of("error.parameter.twice", Arg.option(name));
    String value = values.isEmpty() ? null : values.get(0);
    return value == null || value.isBlank() ? null : value.strip();
  }

  public String text(String name, String fallback) {
    String value = text(name);
    return value == null ? fallback : value;
  }

  public String required(String name) {
    String value = text(name);
    if (value == null) throw UserError.of("error.option.required", Arg.option(name));
    return value;
  }

  public Integer integer(String name) {
    return Choices.integer(name, text(name), null);
  }

  /** A switch: absent, {@code true}/{@code 1}/{@code yes}/{@code on} or {@code false}/{@code 0}/{@code no}/{@code off}. */
  public boolean flag(String name) {
    String value = text(name);
    if (value == null) return false;
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw UserError.of("error.parameter.notSwitch", Arg.option(name), Choices.shorten(value));
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

  /** The list joined by commas as the command line takes it, or null when empty. */
  public String joined(String name) {
    List<String> values = list(name);
    return values.isEmpty() ? null : String.join(",", values);
  }

  static String shorten(String text) {
    return Choices.shorten(text);
  }
}
