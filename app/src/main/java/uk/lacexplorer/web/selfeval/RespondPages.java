package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.account.AccountService;
import uk.lacexplorer.account.Session;
import uk.lacexplorer.web.Authentication;
import uk.lacexplorer.web.SessionCookies;
import uk.lacexplorer.selfeval.Answer;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.IncompleteResponseException;
import uk.lacexplorer.selfeval.Invitation;
import uk.lacexplorer.selfeval.Questionnaire;
import uk.lacexplorer.selfeval.ResponseService;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/**
 * The respondents' pages. Opening an invitation link starts a respondent session (its own cookie, limited to these
 * pages) and moves to {@code /selfeval/respond}, so the token leaves the address bar at once. The questionnaire can be
 * saved as a draft any number of times and submitted once.
 */
final class RespondPages {
  private final Site site;
  private final Guard guard;

  RespondPages(Site site, Guard guard) {
    this.site = site;
    this.guard = guard;
  }

  private ResponseService responses() {
    return site.app().selfeval().responses();
  }

  private AccountService accounts() {
    return site.app().accounts();
  }

  void register(RoutesConfig routes) {
    routes.get(SelfevalModule.RESPOND + "/{token}", guard.wrap(this::open), WebRole.PUBLIC);
    routes.get(SelfevalModule.RESPOND, guard.wrap(ctx -> show(ctx, session(ctx), 200, List.of(), null, false)),
        WebRole.RESPONDENT);
    routes.post(SelfevalModule.RESPOND, guard.wrap(this::post), WebRole.RESPONDENT);
  }

  private void open(Context ctx) {
    Invitation invitation = responses().open(ctx.pathParam("token"));
    String token = accounts().startRespondentSession(invitation.id(), invitation.expiresAt());
    long seconds = Math.max(1, Math.min(AccountService.SESSION_LIFETIME.toSeconds(),
        Duration.between(Instant.now(), invitation.expiresAt()).toSeconds()));
    SessionCookies.setRespondent(ctx, token, seconds);
    ctx.header("Cache-Control", "no-store");
    ctx.redirect(SelfevalModule.RESPOND);
  }

  /** The respondent's session, which the route's role made the web's access check find (and its CSRF token check). */
  private Session session(Context ctx) {
    return Authentication.respondent(ctx)
        .orElseThrow(() -> new UnauthorizedResponse(guard.text(ctx, "selfeval.respond.needLink")));
  }

  private void show(Context ctx, Session session, int status, List<ErrorItem> errors, List<Answer> typed, boolean saved) {
    Questionnaire questionnaire = responses().questionnaire(session.invitationId());
    Map<String, Answer> answers = new HashMap<>(questionnaire.answers());
    if (typed != null) for (Answer answer : typed) answers.put(answer.characteristicId(), answer);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("questionnaire", questionnaire);
    params.put("answers", answers);
    params.put("labels", new Labels(questionnaire.framework(), page.welsh(), page.format()));
    params.put("csrf", session.csrfToken());
    params.put("errors", errors);
    params.put("saved", saved);
    params.put("lastDay", questionnaire.round().closesOn());
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    site.render(ctx, "selfeval/respond.jte", params);
  }

  private void post(Context ctx) {
    Session session = session(ctx);
    Framework framework = responses().questionnaire(session.invitationId()).framework();
    List<Answer> answers = new ArrayList<>();
    for (Framework.Characteristic item : framework.characteristics()) {
      String point = ctx.formParam("answer-" + item.id());
      String evidence = ctx.formParam("evidence-" + item.id());
      answers.add(new Answer(item.id(), point == null || point.isBlank() ? null : point, evidence));
    }
    if (!"submit".equals(ctx.formParam("action"))) {
      responses().saveDraft(session.invitationId(), answers);
      show(ctx, session, 200, List.of(), null, true);
      return;
    }
    try {
      responses().submit(session.invitationId(), answers);
    } catch (IncompleteResponseException incomplete) {
      responses().saveDraft(session.invitationId(), answers);
      Page page = site.page(ctx, SelfevalModule.SECTION);
      Labels labels = new Labels(framework, page.welsh(), page.format());
      List<ErrorItem> errors = incomplete.missing().stream().map(id -> new ErrorItem(
          page.text("selfeval.respond.missing", id + " " + shorten(labels.characteristic(id))), "#answer-" + id)).toList();
      show(ctx, session, 400, errors, answers, false);
      return;
    }
    accounts().endRespondentSessions(session.invitationId());
    SessionCookies.clearRespondent(ctx);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    site.render(ctx, "selfeval/thanks.jte", Map.of("page", page));
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
