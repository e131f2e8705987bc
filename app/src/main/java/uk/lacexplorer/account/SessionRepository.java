package uk.lacexplorer.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Sessions in the database, so they survive a restart and work across several servers. */
final class SessionRepository {
  private final Jdbi jdbi;

  SessionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void insert(String tokenHash, Long accountId, Long invitationId, String csrfToken, Instant now, Instant expiresAt) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO web_session (session_hash, account_id, invitation_id, csrf_token, created_at, expires_at,
                                     last_seen_at)
            VALUES (:hash, :account, :invitation, :csrf, :now, :expires, :now)""")
        .bind("hash", tokenHash).bind("account", accountId).bind("invitation", invitationId).bind("csrf", csrfToken)
        .bind("now", Timestamp.from(now)).bind("expires", Timestamp.from(expiresAt))
        .execute());
  }

  /**
   * The session if it exists, has not expired and was used within {@code idle}, with its account (which must not
   * be disabled). Finding it counts as use (written at most once a minute).
   */
  Optional<Session> find(String tokenHash, Instant now, Duration idle) {
    Optional<Session> found = jdbi.withHandle(handle -> handle.createQuery("""
            SELECT s.session_hash, s.invitation_id, s.csrf_token, s.expires_at,
                   a.account_id, a.username, a.role_name, a.authority_code, a.disabled
            FROM web_session s LEFT JOIN account a ON a.account_id = s.account_id
            WHERE s.session_hash = :hash AND s.expires_at > :now AND s.last_seen_at > :idleSince""")
        .bind("hash", tokenHash).bind("now", Timestamp.from(now)).bind("idleSince", Timestamp.from(now.minus(idle)))
        .map((rs, ctx) -> {
          Account account = rs.getObject("account_id") == null ? null : AccountRepository.account(rs);
          Long invitation = rs.getObject("invitation_id") == null ? null : rs.getLong("invitation_id");
          return new Session(rs.getString("session_hash"), account, invitation, rs.getString("csrf_token"),
              rs.getTimestamp("expires_at").toInstant());
        })
        .findOne()
        .filter(session -> session.account() == null ? session.invitationId() != null : !session.account().disabled()));
    if (found.isPresent()) {
      jdbi.useHandle(handle -> handle.createUpdate("""
              UPDATE web_session SET last_seen_at = :now WHERE session_hash = :hash AND last_seen_at < :stale""")
          .bind("now", Timestamp.from(now)).bind("hash", tokenHash)
          .bind("stale", Timestamp.from(now.minus(Duration.ofMinutes(1)))).execute());
    }
    return found;
  }

  int deleteForAccount(long accountId) {
    return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM web_session WHERE account_id = :id")
        .bind("id", accountId).execute());
  }

  void delete(String tokenHash) {
    jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM web_session WHERE session_hash = :hash")
        .bind("hash", tokenHash).execute());
  }

  void deleteForInvitation(long invitationId) {
    jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM web_session WHERE invitation_id = :id")
        .bind("id", invitationId).execute());
  }

  int deleteExpired(Instant now) {
    return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM web_session WHERE expires_at <= :now")
        .bind("now", Timestamp.from(now)).execute());
  }
}
