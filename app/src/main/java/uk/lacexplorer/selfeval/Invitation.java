package uk.lacexplorer.selfeval;

import java.time.Instant;

/**
 * A single-use invitation to answer a round, for one stakeholder group. The token itself is never stored.
 * {@code revokedAt} is set when the coordinator withdrew the link (answers submitted before stay).
 */
public record Invitation(long id, long roundId, String groupId, String label, Instant createdAt, Instant expiresAt,
                         Instant lastSavedAt, Instant submittedAt, Instant revokedAt) {

  public boolean revoked() {
    return revokedAt != null;
  }

  public boolean submitted() {
    return submittedAt != null;
  }

  public boolean started() {
    return lastSavedAt != null || submittedAt != null;
  }
}
