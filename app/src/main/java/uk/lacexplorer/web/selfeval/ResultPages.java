package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.selfeval.AuthorityFigures;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.ProgressComparison;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.selfeval.RoundResults;
import uk.lacexplorer.selfeval.Selfeval;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/** Results of a closed round (page, printable report, CSV) and progress between two rounds. */
final class ResultPages {
  private final Site site;
  private final Guard guard;

  ResultPages(Site site, Guard guard) {
    this.site = site;
    this.guard = guard;
  }

  private Selfeval selfeval() {
    return site.app().selfeval();
  }

  void register(RoutesConfig routes) {
    routes.get("/selfeval/rounds/{id}/results", guard.wrap(ctx -> results(ctx, "selfeval/results.jte")),
        WebRole.SIGNED_IN);
    routes.get("/selfeval/rounds/{id}/report", guard.wrap(ctx -> results(ctx, "selfeval/report.jte")),
        WebRole.SIGNED_IN);
    routes.get("/selfeval/rounds/{id}/results.csv", guard.wrap(this::csv), WebRole.SIGNED_IN);
    routes.get("/selfeval/progress", guard.wrap(this::progress), WebRole.SIGNED_IN);
  }

  private void results(Context ctx, String template) {
    Account account = RoundPages.account(ctx);
    RoundResults results = selfeval().results().results(account, FormInput.id(ctx, "id"));
    Page page = site.page(ctx, SelfevalModule.SECTION);
    Optional<AuthorityFigures> figures = selfeval().results().figures(results.round());
    List<PlanAction> actions = account.role() == Role.COORDINATOR ? selfeval().actions().plan(account) : List.of();
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("results", results);
    params.put("labels", new Labels(results.framework(), page.welsh(), page.format()));
    params.put("figures", figures.orElse(null));
    params.put("actions", actions);
    params.put("authority", site.app().accounts().authorities().name(results.round().authorityCode(), page.welsh())
        .orElse(results.round().authorityCode()));
    params.put("coordinator", account.role() == Role.COORDINATOR);
    site.render(ctx, template, params);
  }

  private void csv(Context ctx) {
    long id = FormInput.id(ctx, "id");
    String csv = selfeval().results().csv(RoundPages.account(ctx), id, site.lang(ctx).welsh());
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"selfeval-round-" + id + ".csv\"");
    ctx.result(csv);
  }

  private void progress(Context ctx) {
    Account account = RoundPages.account(ctx);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    List<Round> closed = selfeval().rounds().rounds(account).stream().filter(round -> !round.isOpen()).toList();
    Long earlier = parse(ctx.queryParam("earlier"));
    Long later = parse(ctx.queryParam("later"));
    List<ErrorItem> errors = earlier != null && earlier.equals(later)
        ? List.of(new ErrorItem(page.text("selfeval.compare.sameRound"), "#later")) : List.of();
    ProgressComparison comparison = earlier != null && later != null && errors.isEmpty()
        ? selfeval().results().progress(account, earlier, later) : null;
    if (!errors.isEmpty()) {
      selfeval().rounds().round(account, earlier);
      ctx.status(400);
    }
    Map<String, Object> params = new HashMap<>();
    params.put("errors", errors);
    params.put("page", page);
    params.put("rounds", closed);
    params.put("comparison", comparison);
    params.put("earlier", earlier == null ? -1L : earlier);
    params.put("later", later == null ? -1L : later);
    params.put("labels", comparison == null ? null : new Labels(comparison.framework(), page.welsh(), page.format()));
    site.render(ctx, "selfeval/progress.jte", params);
  }

  private static Long parse(String text) {
    if (text == null || text.isBlank() || text.length() > 18 || !text.strip().chars().allMatch(Character::isDigit)) return null;
    return Long.parseLong(text.strip());
  }
}
