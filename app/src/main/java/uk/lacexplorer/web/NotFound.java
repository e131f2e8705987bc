package uk.lacexplorer.web;

/** A page or API resource that does not exist (404); the message names what was asked for. */
public final class NotFound extends RuntimeException {
  static final String HANDLED = "lacx.error.handled";

  public NotFound(String message) {
    super(message);
  }

  /**
   * Marks a page that answers 404 (or another error status) with its own body, such as the authority finder, so the
   * site's not-found page does not replace it.
   */
  public static void answered(io.javalin.http.Context ctx) {
    ctx.attribute(HANDLED, true);
  }
}
