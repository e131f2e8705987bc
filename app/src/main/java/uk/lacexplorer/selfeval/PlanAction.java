package uk.lacexplorer.selfeval;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An action in an authority's plan, linked to a characteristic (and to the round that prompted it, if any).
 * {@code version} is what an edit must name: an edit based on an older version is refused, not applied.
 */
public record PlanAction(long id, String authorityCode, Long roundId, String characteristicId, String description,
                         String owner, LocalDate dueOn, Status status, int version, Instant updatedAt) {
  public enum Status { PLANNED, IN_PROGRESS, DONE, DROPPED }

  /** Due before {@code today} and neither done nor dropped. */
  public boolean overdue(LocalDate today) {
    return dueOn != null && dueOn.isBefore(today) && status != Status.DONE && status != Status.DROPPED;
  }
}
