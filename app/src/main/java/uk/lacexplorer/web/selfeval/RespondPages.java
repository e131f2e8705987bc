package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
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
 * pages) and moves to {@code /selfeval/respond}, so the token leaves the address bar at once. The questionnaire is
 * one page per theme ({@code ?theme=B}), saying which theme of how many and how many characteristics are answered;
 * each theme's buttons save its answers as a draft in the database (so they survive leaving, a restart or a crash)
 * before moving on. It is submitted once, from the last theme; a form that names no theme (as the one-page
 * questionnaire did) saves the characteristics it carries.
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
    routes.get(SelfevalModule.RESPOND, guard.wrap(ctx -> show(ctx, session(ctx), ctx.queryParam("theme"), 200,
        List.of(), null, ctx.queryParam("saved") != null)), WebRole.RESPONDENT);
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

  private void show(Context ctx, Session session, String themeId, int status, List<ErrorItem> errors,
                    List<Answer> typed, boolean saved) {
    Questionnaire questionnaire = responses().questionnaire(session.invitationId());
    Framework.Theme theme = questionnaire.theme(themeId);
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
    params.put("theme", theme);
    ctx.status(status);
    ctx.header("Cache-Control", "no-store");
    site.render(ctx, "selfeval/respond.jte", params);
  }

  private void post(Context ctx) {
    Session session = session(ctx);
    Questionnaire questionnaire = responses().questionnaire(session.invitationId());
    Framework framework = questionnaire.framework();
    String themeId = ctx.formParam("theme");
    Framework.Theme theme = themeId == null ? null : framework.themes().stream()
        .filter(candidate -> candidate.id().equals(themeId)).findFirst().orElse(null);
    List<Answer> answers = new ArrayList<>();
    for (Framework.Characteristic item : theme == null ? framework.characteristics() : theme.characteristics()) {
      String point = ctx.formParam("answer-" + item.id());
      String evidence = ctx.formParam("evidence-" + item.id());
      if (theme == null && point == null && evidence == null) continue;
      answers.add(new Answer(item.id(), point == null || point.isBlank() ? null : point, evidence));
    }
    String action = ctx.formParam("action");
    if (!"submit".equals(action)) {
      responses().saveDraft(session.invitationId(), answers);
      Framework.Theme shown = theme == null ? questionnaire.theme(null) : theme;
      int position = framework.themes().indexOf(shown);
      if ("next".equals(action) && position + 1 < framework.themes().size()) shown = framework.themes().get(position + 1);
      if ("previous".equals(action) && position > 0) shown = framework.themes().get(position - 1);
      ctx.redirect(SelfevalModule.RESPOND + "?theme=" + shown.id() + ("save".equals(action) ? "&saved=1" : ""),
          HttpStatus.SEE_OTHER);
      return;
    }
    try {
      responses().submit(session.invitationId(), answers);
    } catch (IncompleteResponseException incomplete) {
      responses().saveDraft(session.invitationId(), answers);
      Page page = site.page(ctx, SelfevalModule.SECTION);
      Labels labels = new Labels(framework, page.welsh(), page.format());
      Framework.Theme first = questionnaire.firstThemeWith(incomplete.missing());
      List<ErrorItem> errors = incomplete.missing().stream().map(id -> new ErrorItem(
          page.text("selfeval.respond.missing", id + " " + shorten(labels.characteristic(id))),
          (first.characteristics().stream().anyMatch(item -> item.id().equals(id)) ? ""
              : SelfevalModule.RESPOND + "?theme=" + themeOf(framework, id)) + "#answer-" + id)).toList();
      show(ctx, session, first.id(), 400, errors, answers, false);
      return;
    }
    accounts().endRespondentSessions(session.invitationId());
    SessionCookies.clearRespondent(ctx);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    site.render(ctx, "selfeval/thanks.jte", Map.of("page", page));
  }

  private static String themeOf(Framework framework, String characteristicId) {
    return framework.themes().stream()
        .filter(theme -> theme.characteristics().stream().anyMatch(item -> item.id().equals(characteristicId)))
        .map(Framework.Theme::id).findFirst().orElse("");
  }

  private static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
