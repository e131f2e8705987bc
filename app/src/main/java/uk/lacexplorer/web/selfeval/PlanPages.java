package uk.lacexplorer.web.selfeval;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.selfeval.ActionDraft;
import uk.lacexplorer.selfeval.ActionPlanService;
import uk.lacexplorer.selfeval.ConflictException;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.PlanAction;
import uk.lacexplorer.selfeval.Round;
import uk.lacexplorer.web.ErrorItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;

/**
 * The action plan: list and add ({@code /selfeval/plan}, with overdue actions flagged and a print stylesheet), as CSV
 * ({@code /selfeval/plan.csv}), change one action ({@code /selfeval/plan/{id}}). A change made from an out-of-date
 * copy is refused (409): the form shows the user's own text again, beside what is stored now, and saving it again
 * replaces the stored version deliberately.
 */
final class PlanPages {
  private final Site site;
  private final Guard guard;

  PlanPages(Site site, Guard guard) {
    this.site = site;
    this.guard = guard;
  }

  private ActionPlanService actions() {
    return site.app().selfeval().actions();
  }

  void register(RoutesConfig routes) {
    routes.get("/selfeval/plan", guard.wrap(ctx -> plan(ctx, 200, List.of(), PlanView.empty())),
        WebRole.COORDINATOR);
    routes.post("/selfeval/plan", guard.wrap(this::add), WebRole.COORDINATOR);
    routes.get("/selfeval/plan.csv", guard.wrap(this::csv), WebRole.COORDINATOR);
    routes.get("/selfeval/plan/{id}", guard.wrap(this::edit), WebRole.COORDINATOR);
    routes.post("/selfeval/plan/{id}", guard.wrap(this::update), WebRole.COORDINATOR);
  }

  private Map<String, Object> params(Context ctx, Page page, List<ErrorItem> errors, PlanView form) {
    Account account = RoundPages.account(ctx);
    Framework framework = FrameworkJson.standard();
    List<Round> rounds = site.app().selfeval().rounds().rounds(account);
    Map<String, Object> params = new HashMap<>();
    params.put("page", page);
    params.put("errors", errors);
    params.put("form", form);
    params.put("labels", new Labels(framework, page.welsh(), page.format()));
    params.put("rounds", rounds);
    params.put("statuses", List.of(PlanAction.Status.values()));
    params.put("today", actions().today());
    return params;
  }

  private void plan(Context ctx, int status, List<ErrorItem> errors, PlanView form) {
    Page page = site.page(ctx, SelfevalModule.SECTION);
    Map<String, Object> params = params(ctx, page, errors, form);
    params.put("actions", actions().plan(RoundPages.account(ctx)));
    ctx.status(status);
    site.render(ctx, "selfeval/plan.jte", params);
  }

  private void edit(Context ctx) {
    PlanAction action = actions().action(RoundPages.account(ctx), FormInput.id(ctx, "id"));
    showEdit(ctx, 200, List.of(), PlanView.of(action), action, false);
  }

  private void showEdit(Context ctx, int status, List<ErrorItem> errors, PlanView form, PlanAction action, boolean conflict) {
    Page page = site.page(ctx, SelfevalModule.SECTION);
    Map<String, Object> params = params(ctx, page, errors, form);
    params.put("action", action);
    params.put("conflict", conflict);
    ctx.status(status);
    site.render(ctx, "selfeval/action.jte", params);
  }

  private void add(Context ctx) {
    Page page = site.page(ctx, SelfevalModule.SECTION);
    PlanView form = PlanView.read(ctx);
    List<ErrorItem> errors = new ArrayList<>();
    ActionDraft draft = draft(page, form, errors);
    if (!errors.isEmpty()) {
      plan(ctx, 400, errors, form);
      return;
    }
    actions().add(RoundPages.account(ctx), draft);
    ctx.redirect("/selfeval/plan");
  }

  private void update(Context ctx) {
    Account account = RoundPages.account(ctx);
    long id = FormInput.id(ctx, "id");
    PlanAction current = actions().action(account, id);
    Page page = site.page(ctx, SelfevalModule.SECTION);
    PlanView form = PlanView.read(ctx);
    List<ErrorItem> errors = new ArrayList<>();
    ActionDraft draft = draft(page, form, errors);
    if (!errors.isEmpty()) {
      showEdit(ctx, 400, errors, form, current, false);
      return;
    }
    try {
      actions().update(account, id, form.version(), draft);
    } catch (ConflictException conflict) {
      PlanAction stored = actions().action(account, id);
      showEdit(ctx, 409, List.of(new ErrorItem(page.text("selfeval.plan.conflictKept"), null)),
          form.withVersion(stored.version()), stored, true);
      return;
    }
    ctx.redirect("/selfeval/plan");
  }

  private void csv(Context ctx) {
    String csv = actions().csv(RoundPages.account(ctx), site.lang(ctx).welsh());
    ctx.contentType("text/csv; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"action-plan.csv\"");
    ctx.result(csv);
  }

  private static ActionDraft draft(Page page, PlanView form, List<ErrorItem> errors) {
    if (FrameworkJson.standard().characteristic(form.characteristic()).isEmpty()) {
      errors.add(new ErrorItem(page.text("selfeval.plan.errorCharacteristic"), "#characteristic"));
    }
    if (form.description().isEmpty() || form.description().length() > 2000) {
      errors.add(new ErrorItem(page.text("selfeval.plan.errorDescription"), "#description"));
    }
    if (form.owner().isEmpty() || form.owner().length() > 200) {
      errors.add(new ErrorItem(page.text("selfeval.plan.errorOwner"), "#owner"));
    }
    LocalDate due = FormInput.date(form.due());
    if (!form.due().isEmpty() && due == null) errors.add(new ErrorItem(page.text("selfeval.plan.errorDue"), "#due"));
    PlanAction.Status status = null;
    for (PlanAction.Status candidate : PlanAction.Status.values()) if (candidate.name().equals(form.status())) status = candidate;
    if (status == null) errors.add(new ErrorItem(page.text("selfeval.plan.errorStatus"), "#status"));
    Integer round = FormInput.integer(form.round());
    return new ActionDraft(round == null ? null : round.longValue(), form.characteristic(), form.description(),
        form.owner(), due, status);
  }
}
