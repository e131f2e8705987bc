package uk.lacexplorer.web.selfeval;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading form fields and path identifiers at the boundary. */
final class FormInput {
  private FormInput() {
  }

  static String text(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.strip();
  }

  /** An ISO date (as {@code <input type="date">} sends it), or null when empty or not a date. */
  static LocalDate date(String text) {
    if (text == null || text.isBlank()) return null;
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static Integer integer(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException | NullPointerException e) {
      return null;
    }
  }

  /** A numeric path identifier; anything else is simply not found. */
  static long id(Context ctx, String name) {
    String text = ctx.pathParam(name);
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(Character::isDigit)) {
      throw new NotFoundResponse(name + " not found");
    }
    return Long.parseLong(text);
  }
}
