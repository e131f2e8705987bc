package uk.lacexplorer.selfeval;

import java.time.LocalDate;

/** The editable fields of an action, as a coordinator submits them. */
public record ActionDraft(Long roundId, String characteristicId, String description, String owner, LocalDate dueOn,
                          PlanAction.Status status) {
}
