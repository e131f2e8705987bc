package uk.lacexplorer.web.selfeval;

import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.GoneResponse;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.util.Locale;
import uk.lacexplorer.selfeval.ConflictException;
import uk.lacexplorer.selfeval.ForbiddenException;
import uk.lacexplorer.selfeval.InvitationUnavailableException;
import uk.lacexplorer.selfeval.NotFoundException;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.web.Site;

/**
 * Turns the self-evaluation services' exceptions into the site's error answers, in the user's language:
 * not found (including another authority's records) 404, forbidden 403, conflict 409, used or expired link 410.
 */
final class Guard {
  private final Site site;

  Guard(Site site) {
    this.site = site;
  }

  Handler wrap(Handler handler) {
    return ctx -> {
      try {
        handler.handle(ctx);
      } catch (NotFoundException e) {
        throw new NotFoundResponse(e.getMessage());
      } catch (ForbiddenException e) {
        throw new ForbiddenResponse(text(ctx, "selfeval.error.forbidden"));
      } catch (ConflictException e) {
        throw new ConflictResponse(text(ctx, "selfeval.conflict." + e.reason().name().toLowerCase(Locale.ROOT)));
      } catch (InvitationUnavailableException e) {
        throw new GoneResponse(text(ctx, "selfeval.unavailable." + e.reason().name().toLowerCase(Locale.ROOT)));
      }
    };
  }

  String text(Context ctx, String key) {
    Messages messages = site.messages();
    return messages.lookup(site.lang(ctx), key);
  }
}
