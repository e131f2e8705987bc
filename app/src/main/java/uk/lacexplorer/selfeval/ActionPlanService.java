package uk.lacexplorer.selfeval;

import java.time.Clock;
import java.util.List;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.account.AuditAction;
import uk.lacexplorer.account.AuditLog;

/**
 * An authority's action plan. Two coordinators editing the same action do not overwrite each other: each edit names
 * the version it started from, and an edit from an older version is refused with a {@link ConflictException}.
 */
public final class ActionPlanService {
  private final ActionRepository actions;
  private final FrameworkStore frameworks;
  private final Access access;
  private final AuditLog audit;
  private final Clock clock;

  ActionPlanService(ActionRepository actions, FrameworkStore frameworks, Access access, AuditLog audit, Clock clock) {
    this.actions = actions;
    this.frameworks = frameworks;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  public List<PlanAction> plan(Account account) {
    access.requireCoordinator(account);
    return actions.forAuthority(account.authorityCode());
  }

  /** Today in the UK, the day against which actions are overdue. */
  public java.time.LocalDate today() {
    return java.time.LocalDate.now(clock.withZone(RoundService.UK));
  }

  /** The plan as CSV in the language (formula-injection safe); the export is audited. */
  public String csv(Account account, boolean welsh) {
    List<PlanAction> plan = plan(account);
    audit.record(account.username(), account.authorityCode(), AuditAction.EXPORTED, "action plan",
        plan.size() + " actions as CSV");
    return ActionPlanCsv.write(plan, FrameworkJson.standard(), today(), welsh);
  }

  public PlanAction action(Account account, long actionId) {
    access.requireCoordinator(account);
    return actions.find(actionId, account.authorityCode()).orElseThrow(() -> new NotFoundException("action " + actionId));
  }

  public PlanAction add(Account account, ActionDraft draft) {
    access.requireCoordinator(account);
    ActionDraft checked = check(account, draft);
    long id = actions.insert(account.authorityCode(), checked, account.id(), clock.instant());
    audit.record(account.username(), account.authorityCode(), AuditAction.ACTION_SAVED, "action " + id,
        "added for " + checked.characteristicId());
    return action(account, id);
  }

  public PlanAction update(Account account, long actionId, int expectedVersion, ActionDraft draft) {
    action(account, actionId);
    ActionDraft checked = check(account, draft);
    if (!actions.update(actionId, account.authorityCode(), expectedVersion, checked, account.id(), clock.instant())) {
      PlanAction now = action(account, actionId);
      throw new ConflictException(ConflictException.Reason.STALE_VERSION, "someone else changed this action since you opened it (you edited version "
          + expectedVersion + ", it is now version " + now.version() + "); nothing was saved", now.version());
    }
    audit.record(account.username(), account.authorityCode(), AuditAction.ACTION_SAVED, "action " + actionId,
        "now version " + (expectedVersion + 1));
    return action(account, actionId);
  }

  private ActionDraft check(Account account, ActionDraft draft) {
    if (draft.roundId() != null) access.ownRound(account, draft.roundId());
    String item = draft.characteristicId() == null ? "" : draft.characteristicId().strip();
    boolean known = frameworks.available(account.authorityCode()).stream()
        .anyMatch(framework -> framework.characteristic(item).isPresent());
    if (!known) throw UserError.of("error.selfeval.actionCharacteristic", item);
    String description = draft.description() == null ? "" : draft.description().strip();
    if (description.isEmpty() || description.length() > 2000) {
      throw UserError.of("error.selfeval.actionDescription");
    }
    String owner = draft.owner() == null ? "" : draft.owner().strip();
    if (owner.isEmpty() || owner.length() > 200) throw UserError.of("error.selfeval.actionOwner");
    if (draft.status() == null) throw UserError.of("error.selfeval.actionStatus");
    return new ActionDraft(draft.roundId(), item, description, owner, draft.dueOn(), draft.status());
  }
}
