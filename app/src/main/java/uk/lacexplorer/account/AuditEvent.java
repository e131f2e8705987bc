package uk.lacexplorer.account;

import java.time.Instant;

/** One line of the audit log; {@code authorityCode} is null for events outside any authority. */
public record AuditEvent(long id, Instant occurredAt, String actor, String authorityCode, AuditAction action,
                         String subject, String detail) {
}
