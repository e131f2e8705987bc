package uk.lacexplorer.web.selfeval;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.web.Authentication;
import uk.lacexplorer.output.SafeCsv;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.IssuedInvitation;
import uk.lacexplorer.selfeval.NewRound;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.RoundService;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/** The rounds pages: the start page, a new round, a round with its invitations and response counts, closing, sharing. */
final class RoundPages {
  private final Site site;
  private final Guard guard;

  RoundPages(Site site, Guard guard) {
    this.site = site;
    this.guard = guard;
  }

  private RoundService rounds() {
    return site.app().selfeval().rounds();
  }

  void register(RoutesConfig routes) {
    routes.get("/selfeval", guard.wrap(this::home), WebRole.SIGNED_IN);
    routes.get("/selfeval/rounds/new", guard.wrap(ctx -> newRound(ctx, 200, List.of(), "", "", "", List.of())),
        WebRole.COORDINATOR);
    routes.post("/selfeval/rounds", guard.wrap(this::create), WebRole.COORDINATOR);
    routes.get("/selfeval/rounds/{id}", guard.wrap(ctx -> round(ctx, List.of())), WebRole.SIGNED_IN);
    routes.post("/selfeval/rounds/{id}/invitations", guard.wrap(this::invite), WebRole.COORDINATOR);
    routes.post("/selfeval/rounds/{id}/close", guard.wrap(this::close), WebRole.COORDINATOR);
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

  private void round(Context ctx, List<IssuedInvitation> issued) {
    Account account = account(ctx);
    Round round = rounds().round(account, FormInput.id(ctx, "id"));
    Page page = site.page(ctx, SelfevalModule.SECTION);
    if (account.role() == Role.VIEWER) {
      ctx.redirect("/selfeval/rounds/" + round.id() + "/results");
      return;
    }
    Framework framework = rounds().framework(round);
    if (!issued.isEmpty()) ctx.header("Cache-Control", "no-store");
    site.render(ctx, "selfeval/round.jte", Map.of("page", page, "round", round,
        "labels", new Labels(framework, page.welsh(), page.format()),
        "progress", rounds().progress(account, round.id()), "issued", issued, "base", Links.base(ctx),
        "authority", authorityName(page, round.authorityCode())));
  }

  private void invite(Context ctx) {
    Account account = account(ctx);
    long id = FormInput.id(ctx, "id");
    Integer count = FormInput.integer(FormInput.text(ctx, "count"));
    List<IssuedInvitation> issued = rounds().invite(account, id, FormInput.text(ctx, "group"),
        count == null ? 0 : count, FormInput.text(ctx, "label"));
    if ("csv".equals(ctx.formParam("output"))) {
      sendLinks(ctx, id, issued);
      return;
    }
    round(ctx, issued);
  }

  private void sendLinks(Context ctx, long roundId, List<IssuedInvitation> issued) {
    StringWriter text = new StringWriter();
    try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(text)) {
      csv.writeRecord("round_id", "group", "label", "link", "expires_at");
      for (IssuedInvitation invitation : issued) {
        csv.writeRecord(List.of(roundId, invitation.invitation().groupId(), invitation.invitation().label(),
            Links.base(ctx) + invitation.path(), invitation.invitation().expiresAt()).stream().map(SafeCsv::cell).toList());
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"invitations-round-" + roundId + ".csv\"");
    ctx.header("Cache-Control", "no-store");
    ctx.result(text.toString());
  }

  private void close(Context ctx) {
    Round round = rounds().close(account(ctx), FormInput.id(ctx, "id"));
    ctx.redirect("/selfeval/rounds/" + round.id());
  }

  private void share(Context ctx) {
    Round round = rounds().share(account(ctx), FormInput.id(ctx, "id"), "true".equals(ctx.formParam("shared")));
    ctx.redirect("/selfeval/rounds/" + round.id());
  }
}
