package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.web.Authentication;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.RoundService;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/**
 * The rounds pages: the start page, a new round, a round with its links and response counts, new links (shown on a
 * page of their own, {@code /selfeval/rounds/{id}/links/{view}}, which keeps them through a language switch and
 * offers them as CSV), sharing. Changing, closing and reopening a round are {@link RoundChangePages}.
 */
final class RoundPages {
  private final Site site;
  private final Guard guard;
  private final IssuedLinks issuedLinks;

  RoundPages(Site site, Guard guard, IssuedLinks issuedLinks) {
    this.site = site;
    this.guard = guard;
    this.issuedLinks = issuedLinks;
  }

  private RoundService rounds() {
    return site.app().selfeval().rounds();
  }

  void register(RoutesConfig routes) {
    routes.get("/selfeval", guard.wrap(this::home), WebRole.SIGNED_IN);
    routes.get("/selfeval/rounds/new", guard.wrap(ctx -> newRound(ctx, 200, List.of(), "", "", "", List.of())),
        WebRole.COORDINATOR);
    routes.post("/selfeval/rounds", guard.wrap(this::create), WebRole.COORDINATOR);
    routes.get("/selfeval/rounds/{id}", guard.wrap(ctx -> round(ctx, List.of(), null, false)), WebRole.SIGNED_IN);
    routes.post("/selfeval/rounds/{id}/invitations", guard.wrap(this::invite), WebRole.COORDINATOR);
    routes.get("/selfeval/rounds/{id}/links/{view}", guard.wrap(this::links), WebRole.COORDINATOR);
    routes.get("/selfeval/rounds/{id}/links/{view}/csv", guard.wrap(this::linksCsv), WebRole.COORDINATOR);
    routes.post("/selfeval/rounds/{id}/share", guard.wrap(this::share), WebRole.COORDINATOR);
  }

  static Account account(Context ctx) {
    return Authentication.account(ctx).orElseThrow();
  }

  private void home(Context ctx) {
    Account account = account(ctx);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    if (account.role() == Role.ADMIN) {
      site.render(ctx, "selfeval/admin.jte", Map.of("page", page, "accounts", site.app().accounts().accounts(),
          "names", authorityNames(page, site.app().accounts().accounts().stream().map(Account::authorityCode).toList())));
      return;
    }
    List<Round> list = rounds().rounds(account);
    site.render(ctx, "selfeval/home.jte", Map.of("page", page, "rounds", list,
        "coordinator", account.role() == Role.COORDINATOR,
        "authority", account.authorityCode() == null ? "" : authorityName(page, account.authorityCode()),
        "names", authorityNames(page, list.stream().map(Round::authorityCode).toList()),
        "closedCount", (int) list.stream().filter(round -> !round.isOpen()).count()));
  }

  String authorityName(Page page, String code) {
    return site.app().accounts().authorities().name(code, page.welsh()).orElse(code);
  }

  Map<String, String> authorityNames(Page page, List<String> codes) {
    Map<String, String> names = new LinkedHashMap<>();
    for (String code : codes) if (code != null) names.put(code, authorityName(page, code));
    return names;
  }

  private void newRound(Context ctx, int status, List<ErrorItem> errors, String title, String opens, String closes,
                        List<String> groups) {
    Page page = site.page(ctx, SelfevalModule.SECTION);
    List<Framework> frameworks = rounds().frameworks(account(ctx));
    Framework framework = frameworks.get(frameworks.size() - 1);
    ctx.status(status);
    site.render(ctx, "selfeval/newRound.jte", Map.of("page", page, "errors", errors, "title", title, "opens", opens,
        "closes", closes, "selected", groups, "frameworks", frameworks,
        "labels", new Labels(framework, page.welsh(), page.format())));
  }

  private void create(Context ctx) {
    Page page = site.page(ctx, SelfevalModule.SECTION);
    String title = FormInput.text(ctx, "title");
    String opensText = FormInput.text(ctx, "opens");
    String closesText = FormInput.text(ctx, "closes");
    List<String> groups = ctx.formParams("groups");
    LocalDate opens = FormInput.date(opensText);
    LocalDate closes = FormInput.date(closesText);
    List<ErrorItem> errors = new ArrayList<>();
    if (title.isEmpty() || title.length() > 200) errors.add(new ErrorItem(page.text("selfeval.error.title"), "#title"));
    if (opens == null) errors.add(new ErrorItem(page.text("selfeval.error.opens"), "#opens"));
    if (closes == null || opens != null && closes.isBefore(opens)
        || closes.isBefore(LocalDate.now(RoundService.UK))) {
      errors.add(new ErrorItem(page.text("selfeval.error.closes"), "#closes"));
    }
    if (groups.isEmpty()) errors.add(new ErrorItem(page.text("selfeval.error.groups"), "#groups"));
    if (!errors.isEmpty()) {
      newRound(ctx, 400, errors, title, opensText, closesText, groups);
      return;
    }
    String[] framework = FormInput.text(ctx, "framework").split(" v");
    NewRound request = framework.length == 2 && FormInput.integer(framework[1]) != null
        ? new NewRound(title, opens, closes, groups, framework[0], FormInput.integer(framework[1]))
        : NewRound.standard(title, opens, closes, groups);
    Round round = rounds().create(account(ctx), request);
    ctx.redirect("/selfeval/rounds/" + round.id());
  }

  /**
   * The round page; with {@code issued} links just made (and the {@code view} that keeps them), or saying that the
   * links of a view are no longer kept ({@code linksGone}).
   */
  private void round(Context ctx, List<IssuedInvitation> issued, String view, boolean linksGone) {
    Account account = account(ctx);
    Round round = rounds().round(account, FormInput.id(ctx, "id"));
    Page page = site.page(ctx, SelfevalModule.SECTION);
    if (account.role() == Role.VIEWER) {
      ctx.redirect("/selfeval/rounds/" + round.id() + "/results");
      return;
    }
    Framework framework = rounds().framework(round);
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("round", round);
    params.put("labels", new Labels(framework, page.welsh(), page.format()));
    params.put("progress", rounds().progress(account, round.id()));
    params.put("invitations", rounds().invitations(account, round.id()));
    params.put("issued", issued);
    params.put("view", view == null ? "" : view);
    params.put("linksGone", linksGone);
    params.put("revoked", FormInput.integer(ctx.queryParam("revoked")) != null);
    params.put("changed", ctx.queryParam("changed") != null);
    params.put("now", Instant.now());
    params.put("base", Links.base(ctx));
    params.put("authority", authorityName(page, round.authorityCode()));
    if (linksGone) ctx.status(410);
    site.render(ctx, "selfeval/round.jte", params);
  }

  private void invite(Context ctx) {
    Account account = account(ctx);
    long id = FormInput.id(ctx, "id");
    Integer count = FormInput.integer(FormInput.text(ctx, "count"));
    List<IssuedInvitation> issued = rounds().invite(account, id, FormInput.text(ctx, "group"),
        count == null ? 0 : count, FormInput.text(ctx, "label"));
    if ("csv".equals(ctx.formParam("output"))) {
      LinksCsv.send(ctx, id, issued, site.lang(ctx).welsh());
      return;
    }
    String view = issuedLinks.keep(sessionHash(ctx), id, issued, Instant.now());
    ctx.redirect("/selfeval/rounds/" + id + "/links/" + view, HttpStatus.SEE_OTHER);
  }

  private static String sessionHash(Context ctx) {
    return Authentication.session(ctx).orElseThrow().tokenHash();
  }

  private Optional<List<IssuedInvitation>> kept(Context ctx) {
    Round round = rounds().round(account(ctx), FormInput.id(ctx, "id"));
    return issuedLinks.find(ctx.pathParam("view"), sessionHash(ctx), round.id(), Instant.now());
  }

  /** The links just made, as long as this session's view keeps them (through a language switch or a reload). */
  private void links(Context ctx) {
    Optional<List<IssuedInvitation>> issued = kept(ctx);
    round(ctx, issued.orElse(List.of()), issued.isPresent() ? ctx.pathParam("view") : null, issued.isEmpty());
  }

  private void linksCsv(Context ctx) {
    Optional<List<IssuedInvitation>> issued = kept(ctx);
    if (issued.isEmpty()) {
      round(ctx, List.of(), null, true);
      return;
    }
    LinksCsv.send(ctx, FormInput.id(ctx, "id"), issued.get(), site.lang(ctx).welsh());
  }

  private void share(Context ctx) {
    Round round = rounds().share(account(ctx), FormInput.id(ctx, "id"), "true".equals(ctx.formParam("shared")));
    ctx.redirect("/selfeval/rounds/" + round.id());
  }
}
