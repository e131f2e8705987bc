package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.RoundService;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/**
 * Changing a round, all as plain forms that work without JavaScript: its title and dates (a later closing date
 * extends the round and its links), closing it after a confirmation page, reopening a closed round until a new
 * closing date, and revoking one link. Only the round's own coordinators reach them (others: not found).
 */
final class RoundChangePages {
  private final Site site;
  private final Guard guard;

  RoundChangePages(Site site, Guard guard) {
    this.site = site;
    this.guard = guard;
  }

  private RoundService rounds() {
    return site.app().selfeval().rounds();
  }

  void register(RoutesConfig routes) {
    routes.get("/selfeval/rounds/{id}/edit", guard.wrap(ctx -> {
      Round round = own(ctx);
      edit(ctx, round, 200, List.of(), round.title(), round.opensOn().toString(), round.closesOn().toString());
    }), WebRole.COORDINATOR);
    routes.post("/selfeval/rounds/{id}/edit", guard.wrap(this::saveEdit), WebRole.COORDINATOR);
    routes.get("/selfeval/rounds/{id}/close", guard.wrap(this::confirmClose), WebRole.COORDINATOR);
    routes.post("/selfeval/rounds/{id}/close", guard.wrap(this::close), WebRole.COORDINATOR);
    routes.get("/selfeval/rounds/{id}/reopen", guard.wrap(ctx -> {
      Round round = own(ctx);
      LocalDate suggested = today().plusDays(14);
      reopen(ctx, round, 200, List.of(), (round.closesOn().isAfter(suggested) ? round.closesOn() : suggested).toString());
    }), WebRole.COORDINATOR);
    routes.post("/selfeval/rounds/{id}/reopen", guard.wrap(this::saveReopen), WebRole.COORDINATOR);
    routes.post("/selfeval/rounds/{id}/invitations/{invitation}/revoke", guard.wrap(this::revoke),
        WebRole.COORDINATOR);
  }

  private Round own(Context ctx) {
    return rounds().round(RoundPages.account(ctx), FormInput.id(ctx, "id"));
  }

  private static LocalDate today() {
    return LocalDate.now(RoundService.UK);
  }

  private Map<String, Object> params(Context ctx, Round round, List<ErrorItem> errors) {
    Page page = site.page(ctx, SelfevalModule.SECTION);
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("round", round);
    params.put("errors", errors);
    return params;
  }

  private void edit(Context ctx, Round round, int status, List<ErrorItem> errors, String title, String opens,
                    String closes) {
    Map<String, Object> params = params(ctx, round, errors);
    params.put("title", title);
    params.put("opens", opens);
    params.put("closes", closes);
    ctx.status(status);
    site.render(ctx, "selfeval/editRound.jte", params);
  }

  private void saveEdit(Context ctx) {
    Round round = own(ctx);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    String title = FormInput.text(ctx, "title");
    String opensText = FormInput.text(ctx, "opens");
    String closesText = FormInput.text(ctx, "closes");
    LocalDate opens = FormInput.date(opensText);
    LocalDate closes = FormInput.date(closesText);
    List<ErrorItem> errors = new ArrayList<>();
    if (title.isEmpty() || title.length() > 200) errors.add(new ErrorItem(page.text("selfeval.error.title"), "#title"));
    if (opens == null) errors.add(new ErrorItem(page.text("selfeval.error.opens"), "#opens"));
    if (closes == null || opens != null && closes.isBefore(opens)) {
      errors.add(new ErrorItem(page.text("selfeval.error.closesAfterOpens"), "#closes"));
    } else if (round.isOpen() && closes.isBefore(today())) {
      errors.add(new ErrorItem(page.text("selfeval.error.closes"), "#closes"));
    }
    if (!errors.isEmpty()) {
      edit(ctx, round, 400, errors, title, opensText, closesText);
      return;
    }
    rounds().edit(RoundPages.account(ctx), round.id(), title, opens, closes);
    ctx.redirect("/selfeval/rounds/" + round.id() + "?changed=1", HttpStatus.SEE_OTHER);
  }

  private void confirmClose(Context ctx) {
    Round round = own(ctx);
    if (!round.isOpen()) {
      ctx.redirect("/selfeval/rounds/" + round.id(), HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, Object> params = params(ctx, round, List.of());
    params.put("progress", rounds().progress(RoundPages.account(ctx), round.id()));
    site.render(ctx, "selfeval/closeRound.jte", params);
  }

  /** Closes only when the confirmation page's button sent {@code confirm=yes}; otherwise asks first. */
  private void close(Context ctx) {
    Round round = own(ctx);
    if (!"yes".equals(ctx.formParam("confirm"))) {
      ctx.redirect("/selfeval/rounds/" + round.id() + "/close", HttpStatus.SEE_OTHER);
      return;
    }
    rounds().close(RoundPages.account(ctx), round.id());
    ctx.redirect("/selfeval/rounds/" + round.id(), HttpStatus.FOUND);
  }

  private void reopen(Context ctx, Round round, int status, List<ErrorItem> errors, String closes) {
    Map<String, Object> params = params(ctx, round, errors);
    params.put("closes", closes);
    ctx.status(status);
    site.render(ctx, "selfeval/reopenRound.jte", params);
  }

  private void saveReopen(Context ctx) {
    Round round = own(ctx);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    String closesText = FormInput.text(ctx, "closes");
    LocalDate closes = FormInput.date(closesText);
    if (closes == null || closes.isBefore(today()) || closes.isBefore(round.opensOn())) {
      reopen(ctx, round, 400, List.of(new ErrorItem(page.text("selfeval.error.closes"), "#closes")), closesText);
      return;
    }
    rounds().reopen(RoundPages.account(ctx), round.id(), closes);
    ctx.redirect("/selfeval/rounds/" + round.id(), HttpStatus.SEE_OTHER);
  }

  private void revoke(Context ctx) {
    long roundId = FormInput.id(ctx, "id");
    long invitationId = FormInput.id(ctx, "invitation");
    rounds().revoke(RoundPages.account(ctx), roundId, invitationId);
    ctx.redirect("/selfeval/rounds/" + roundId + "?revoked=" + invitationId, HttpStatus.SEE_OTHER);
  }
}
