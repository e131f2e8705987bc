package uk.lacexplorer.web.selfeval;

import io.javalin.http.Context;
import uk.lacexplorer.selfeval.PlanAction;

/** The action form's fields as typed (to show again with errors) or as stored. */
public record PlanView(String characteristic, String description, String owner, String due, String status,
                       String round, int version) {

  static PlanView empty() {
    return new PlanView("", "", "", "", PlanAction.Status.PLANNED.name(), "", 0);
  }

  static PlanView of(PlanAction action) {
    return new PlanView(action.characteristicId(), action.description(), action.owner(),
        action.dueOn() == null ? "" : action.dueOn().toString(), action.status().name(),
        action.roundId() == null ? "" : action.roundId().toString(), action.version());
  }

  /** The same typed fields, to be saved over {@code version} (after a conflict, the version stored now). */
  PlanView withVersion(int version) {
    return new PlanView(characteristic, description, owner, due, status, round, version);
  }

  static PlanView read(Context ctx) {
    Integer version = FormInput.integer(FormInput.text(ctx, "version"));
    return new PlanView(FormInput.text(ctx, "characteristic"), FormInput.text(ctx, "description"),
        FormInput.text(ctx, "owner"), FormInput.text(ctx, "due"), FormInput.text(ctx, "status"),
        FormInput.text(ctx, "round"), version == null ? 0 : version);
  }
}
