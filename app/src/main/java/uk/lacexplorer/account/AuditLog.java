package uk.lacexplorer.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * The append-only audit log of logins, accounts, invitations, submissions and exports. It has no method to change
 * or remove an event. Never records passwords, tokens or respondents' answers. Thread-safe.
 */
public final class AuditLog {
  private static final int TEXT_LIMIT = 1000;
  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public void record(String actor, String authorityCode, AuditAction action, String subject, String detail) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO audit_event (occurred_at, actor, authority_code, action_name, subject, detail)
            VALUES (:at, :actor, :authority, :action, :subject, :detail)""")
        .bind("at", Timestamp.from(clock.instant()))
        .bind("actor", clip(actor, 100))
        .bind("authority", authorityCode)
        .bind("action", action.name())
        .bind("subject", clip(subject, 200))
        .bind("detail", clip(detail, TEXT_LIMIT))
        .execute());
  }

  /** Events, newest first; {@code authorityCode} null for all authorities. */
  public List<AuditEvent> recent(String authorityCode, int limit) {
    String where = authorityCode == null ? "" : " WHERE authority_code = :authority";
    return jdbi.withHandle(handle -> {
      var query = handle.createQuery(
          "SELECT event_id, occurred_at, actor, authority_code, action_name, subject, detail FROM audit_event"
              + where + " ORDER BY event_id DESC LIMIT :limit").bind("limit", limit);
      if (authorityCode != null) query.bind("authority", authorityCode);
      return query.map((rs, ctx) -> new AuditEvent(rs.getLong("event_id"), rs.getTimestamp("occurred_at").toInstant(),
          rs.getString("actor"), rs.getString("authority_code"), AuditAction.valueOf(rs.getString("action_name")),
          rs.getString("subject"), rs.getString("detail"))).list();
    });
  }

  private static String clip(String text, int limit) {
    String value = text == null ? "" : text;
    return value.length() <= limit ? value : value.substring(0, limit - 1) + "…";
  }
}
