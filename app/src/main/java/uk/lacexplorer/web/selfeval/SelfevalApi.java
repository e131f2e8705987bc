package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.web.Authentication;
import uk.lacexplorer.selfeval.ActionDraft;
import uk.lacexplorer.selfeval.ConflictException;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/**
 * The JSON API under {@code /api/v1/selfeval/} (snake_case keys). Needs a session cookie from {@code /login}; requests
 * that change something also need the header {@code X-CSRF-Token} ({@code GET /api/v1/selfeval/session} gives it).
 */
final class SelfevalApi {
  static final String BASE = "/api/v1/selfeval";
  private static final ObjectMapper JSON = JsonMapper.builder()
      .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();
  private final Site site;
  private final Guard guard;

  SelfevalApi(Site site, Guard guard) {
    this.site = site;
    this.guard = guard;
  }

  record RoundRequest(String title, LocalDate opensOn, LocalDate closesOn, List<String> groups, String frameworkId,
                      Integer frameworkVersion) {
  }

  record InviteRequest(String group, Integer count, String label) {
  }

  /** A change of a round: fields left out keep their value (so {@code {"closes_on": …}} alone extends it). */
  record RoundChangeRequest(String title, LocalDate opensOn, LocalDate closesOn) {
  }

  record ReopenRequest(LocalDate closesOn) {
  }

  record ShareRequest(Boolean shared) {
  }

  record ActionRequest(Long roundId, String characteristicId, String description, String owner, LocalDate dueOn,
                       String status, Integer version) {
  }

  private Selfeval selfeval() {
    return site.app().selfeval();
  }

  void register(RoutesConfig routes) {
    routes.get(BASE + "/session", guard.wrap(this::session), WebRole.SIGNED_IN);
    routes.get(BASE + "/framework", guard.wrap(ctx -> send(ctx, FrameworkJson.tree(FrameworkJson.standard()))),
        WebRole.SIGNED_IN);
    routes.get(BASE + "/frameworks", guard.wrap(ctx -> send(ctx, selfeval().rounds().frameworks(account(ctx)).stream()
        .map(framework -> Map.of("id", framework.id(), "version", framework.version(),
            "characteristics", framework.characteristics().size())).toList())), WebRole.COORDINATOR);
    routes.post(BASE + "/frameworks", guard.wrap(ctx -> {
      var framework = selfeval().rounds().addFramework(account(ctx), ctx.body());
      ctx.status(201);
      send(ctx, FrameworkJson.tree(framework));
    }), WebRole.COORDINATOR);
    routes.get(BASE + "/rounds", guard.wrap(ctx -> send(ctx, selfeval().rounds().rounds(account(ctx)))),
        WebRole.SIGNED_IN);
    routes.post(BASE + "/rounds", guard.wrap(this::createRound), WebRole.COORDINATOR);
    routes.get(BASE + "/rounds/{id}", guard.wrap(ctx ->
        send(ctx, selfeval().rounds().round(account(ctx), FormInput.id(ctx, "id")))), WebRole.SIGNED_IN);
    routes.get(BASE + "/rounds/{id}/progress", guard.wrap(ctx ->
        send(ctx, selfeval().rounds().progress(account(ctx), FormInput.id(ctx, "id")))), WebRole.COORDINATOR);
    routes.put(BASE + "/rounds/{id}", guard.wrap(this::changeRound), WebRole.COORDINATOR);
    routes.post(BASE + "/rounds/{id}/reopen", guard.wrap(ctx -> {
      ReopenRequest request = read(ctx, ReopenRequest.class);
      send(ctx, selfeval().rounds().reopen(account(ctx), FormInput.id(ctx, "id"), request.closesOn()));
    }), WebRole.COORDINATOR);
    routes.get(BASE + "/rounds/{id}/invitations", guard.wrap(ctx ->
        send(ctx, selfeval().rounds().invitations(account(ctx), FormInput.id(ctx, "id")))), WebRole.COORDINATOR);
    routes.post(BASE + "/rounds/{id}/invitations", guard.wrap(this::invite), WebRole.COORDINATOR);
    routes.post(BASE + "/rounds/{id}/invitations/{invitation}/revoke", guard.wrap(ctx -> send(ctx,
        selfeval().rounds().revoke(account(ctx), FormInput.id(ctx, "id"), FormInput.id(ctx, "invitation")))),
        WebRole.COORDINATOR);
    routes.post(BASE + "/rounds/{id}/close", guard.wrap(ctx ->
        send(ctx, selfeval().rounds().close(account(ctx), FormInput.id(ctx, "id")))), WebRole.COORDINATOR);
    routes.post(BASE + "/rounds/{id}/share", guard.wrap(ctx -> {
      ShareRequest request = read(ctx, ShareRequest.class);
      send(ctx, selfeval().rounds().share(account(ctx), FormInput.id(ctx, "id"), Boolean.TRUE.equals(request.shared())));
    }), WebRole.COORDINATOR);
    routes.get(BASE + "/rounds/{id}/results", guard.wrap(ctx ->
        send(ctx, ResultsJson.of(selfeval().results().results(account(ctx), FormInput.id(ctx, "id"))))), WebRole.SIGNED_IN);
    routes.get(BASE + "/progress", guard.wrap(ctx -> send(ctx, selfeval().results().progress(account(ctx),
        number(ctx.queryParam("earlier")), number(ctx.queryParam("later"))))), WebRole.SIGNED_IN);
    routes.get(BASE + "/actions", guard.wrap(ctx -> send(ctx, selfeval().actions().plan(account(ctx)))),
        WebRole.COORDINATOR);
    routes.post(BASE + "/actions", guard.wrap(ctx -> {
      ctx.status(201);
      send(ctx, selfeval().actions().add(account(ctx), draft(read(ctx, ActionRequest.class))));
    }), WebRole.COORDINATOR);
    routes.put(BASE + "/actions/{id}", guard.wrap(this::updateAction), WebRole.COORDINATOR);
  }

  private static Account account(Context ctx) {
    return Authentication.account(ctx).orElseThrow();
  }

  private void session(Context ctx) {
    Account account = account(ctx);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", account.username());
    body.put("role", account.role().id());
    body.put("authority_code", account.authorityCode());
    body.put("csrf_token", Authentication.session(ctx).orElseThrow().csrfToken());
    send(ctx, body);
  }

  private void createRound(Context ctx) {
    RoundRequest request = read(ctx, RoundRequest.class);
    if (request.frameworkId() != null && request.frameworkVersion() == null) {
      throw UserError.of("error.selfeval.frameworkVersion", request.frameworkId());
    }
    Round round = selfeval().rounds().create(account(ctx), new NewRound(request.title(), request.opensOn(),
        request.closesOn(), request.groups(), request.frameworkId(), request.frameworkVersion()));
    ctx.status(201);
    send(ctx, round);
  }

  private void changeRound(Context ctx) {
    RoundChangeRequest request = read(ctx, RoundChangeRequest.class);
    Round current = selfeval().rounds().round(account(ctx), FormInput.id(ctx, "id"));
    send(ctx, selfeval().rounds().edit(account(ctx), current.id(),
        request.title() == null ? current.title() : request.title(),
        request.opensOn() == null ? current.opensOn() : request.opensOn(),
        request.closesOn() == null ? current.closesOn() : request.closesOn()));
  }

  private void invite(Context ctx) {
    InviteRequest request = read(ctx, InviteRequest.class);
    long id = FormInput.id(ctx, "id");
    List<IssuedInvitation> issued = selfeval().rounds().invite(account(ctx), id, request.group(),
        request.count() == null ? 1 : request.count(), request.label());
    String base = Links.base(ctx);
    ctx.status(201);
    ctx.header("Cache-Control", "no-store");
    send(ctx, issued.stream().map(invitation -> Map.of("invitation_id", invitation.invitation().id(),
        "group", invitation.invitation().groupId(), "link", base + invitation.path(),
        "expires_at", invitation.invitation().expiresAt().toString())).toList());
  }

  private void updateAction(Context ctx) {
    ActionRequest request = read(ctx, ActionRequest.class);
    if (request.version() == null) throw UserError.of("error.selfeval.actionVersion");
    try {
      send(ctx, selfeval().actions().update(account(ctx), FormInput.id(ctx, "id"), request.version(), draft(request)));
    } catch (ConflictException conflict) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", 409);
      body.put("error", "conflict");
      body.put("message", guard.text(ctx, "selfeval.conflict.stale_version"));
      body.put("current_version", conflict.currentVersion());
      ctx.status(409);
      send(ctx, body);
    }
  }

  private static ActionDraft draft(ActionRequest request) {
    PlanAction.Status status = null;
    for (PlanAction.Status candidate : PlanAction.Status.values()) {
      if (candidate.name().equalsIgnoreCase(request.status() == null ? "" : request.status())) status = candidate;
    }
    if (status == null) throw UserError.of("error.selfeval.statusChoice");
    return new ActionDraft(request.roundId(), request.characteristicId(), request.description(), request.owner(),
        request.dueOn(), status);
  }

  private static <T> T read(Context ctx, Class<T> type) {
    try {
      String body = ctx.body();
      T value = JSON.readValue(body.isBlank() ? "{}" : body, type);
      if (value == null) throw UserError.of("error.selfeval.bodyNotObject");
      return value;
    } catch (JacksonException e) {
      throw UserError.of(e, "error.selfeval.bodyNotJson", e.getOriginalMessage());
    }
  }

  private static long number(String text) {
    if (text == null || !text.matches("\\d{1,18}")) throw UserError.of("error.selfeval.roundIds");
    return Long.parseLong(text);
  }

  static void send(Context ctx, Object value) {
    ctx.contentType("application/json");
    ctx.result(JSON.writeValueAsString(value));
  }
}
