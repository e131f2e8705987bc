package uk.lacexplorer.selfeval;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Invitations (found by the hash of their token) and respondents' answers. */
final class InvitationRepository {
  private static final String COLUMNS =
      "invitation_id, round_id, group_id, label, created_at, expires_at, last_saved_at, submitted_at, revoked_at";
  private final Jdbi jdbi;

  InvitationRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A submitted answer as results need it: the respondent's group, never the invitation. */
  record GroupAnswer(String groupId, String characteristicId, String scalePoint) {
  }

  Invitation insert(long roundId, String groupId, String label, String tokenHash, Instant now, Instant expires) {
    long id = jdbi.withHandle(handle -> handle.createUpdate("""
            INSERT INTO sv_invitation (round_id, token_hash, group_id, label, created_at, expires_at)
            VALUES (:round, :hash, :group, :label, :now, :expires)""")
        .bind("round", roundId).bind("hash", tokenHash).bind("group", groupId).bind("label", label)
        .bind("now", Timestamp.from(now)).bind("expires", Timestamp.from(expires))
        .executeAndReturnGeneratedKeys("invitation_id").mapTo(Long.class).one());
    return new Invitation(id, roundId, groupId, label, now, expires, null, null, null);
  }

  Optional<Invitation> byTokenHash(String tokenHash) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sv_invitation WHERE token_hash = :hash")
        .bind("hash", tokenHash).map((rs, ctx) -> invitation(rs)).findOne());
  }

  Optional<Invitation> find(long id) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sv_invitation WHERE invitation_id = :id")
        .bind("id", id).map((rs, ctx) -> invitation(rs)).findOne());
  }

  List<Invitation> forRound(long roundId) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT " + COLUMNS + " FROM sv_invitation WHERE round_id = :round ORDER BY invitation_id")
        .bind("round", roundId).map((rs, ctx) -> invitation(rs)).list());
  }

  Map<String, Answer> answers(long invitationId) {
    Map<String, Answer> answers = new HashMap<>();
    jdbi.useHandle(handle -> handle.createQuery(
            "SELECT characteristic_id, scale_point, evidence FROM sv_answer WHERE invitation_id = :id")
        .bind("id", invitationId)
        .map((rs, ctx) -> new Answer(rs.getString(1), rs.getString(2), rs.getString(3)))
        .forEach(answer -> answers.put(answer.characteristicId(), answer)));
    return answers;
  }

  /**
   * Replaces the answers to the given characteristics, inside the caller's transaction. It first touches the
   * invitation row (which locks it on PostgreSQL), and changes nothing if the invitation was submitted meanwhile.
   *
   * @return false if the invitation has been submitted
   */
  boolean replaceAnswers(Handle handle, long invitationId, Collection<Answer> answers, Instant now) {
    int touched = handle.createUpdate(
            "UPDATE sv_invitation SET last_saved_at = :now WHERE invitation_id = :id AND submitted_at IS NULL")
        .bind("id", invitationId).bind("now", Timestamp.from(now)).execute();
    if (touched != 1) return false;
    for (Answer answer : answers) {
      handle.createUpdate("DELETE FROM sv_answer WHERE invitation_id = :id AND characteristic_id = :item")
          .bind("id", invitationId).bind("item", answer.characteristicId()).execute();
      if (answer.scalePoint() == null && answer.evidence().isEmpty()) continue;
      handle.createUpdate("""
              INSERT INTO sv_answer (invitation_id, characteristic_id, scale_point, evidence)
              VALUES (:id, :item, :point, :evidence)""")
          .bind("id", invitationId).bind("item", answer.characteristicId()).bind("point", answer.scalePoint())
          .bind("evidence", answer.evidence()).execute();
    }
    return true;
  }

  /** Marks the invitation submitted, inside the caller's transaction; false if it already was. */
  boolean markSubmitted(Handle handle, long invitationId, Instant now) {
    return handle.createUpdate(
            "UPDATE sv_invitation SET submitted_at = :now WHERE invitation_id = :id AND submitted_at IS NULL")
        .bind("id", invitationId).bind("now", Timestamp.from(now)).execute() == 1;
  }

  /** Every submitted answer of a round, with the respondent's group only. */
  List<GroupAnswer> submittedAnswers(long roundId) {
    return jdbi.withHandle(handle -> handle.createQuery("""
            SELECT i.group_id, a.characteristic_id, a.scale_point
            FROM sv_answer a JOIN sv_invitation i ON i.invitation_id = a.invitation_id
            WHERE i.round_id = :round AND i.submitted_at IS NOT NULL AND a.scale_point IS NOT NULL""")
        .bind("round", roundId)
        .map((rs, ctx) -> new GroupAnswer(rs.getString(1), rs.getString(2), rs.getString(3))).list());
  }

  /** Submitted responses of a round per group. */
  Map<String, Integer> submittedByGroup(long roundId) {
    Map<String, Integer> counts = new HashMap<>();
    jdbi.useHandle(handle -> handle.createQuery("""
            SELECT group_id, COUNT(*) FROM sv_invitation WHERE round_id = :round AND submitted_at IS NOT NULL
            GROUP BY group_id""")
        .bind("round", roundId).map((rs, ctx) -> Map.entry(rs.getString(1), rs.getInt(2)))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue())));
    return counts;
  }

  /** Revokes an invitation of the round that is neither submitted nor revoked; false if there was none such. */
  boolean revoke(long roundId, long invitationId, Instant now) {
    return jdbi.withHandle(handle -> handle.createUpdate("""
            UPDATE sv_invitation SET revoked_at = :now
            WHERE invitation_id = :id AND round_id = :round AND submitted_at IS NULL AND revoked_at IS NULL""")
        .bind("id", invitationId).bind("round", roundId).bind("now", Timestamp.from(now)).execute()) == 1;
  }

  /** Moves the expiry of the round's links that can still be used (not submitted, not revoked). */
  void expireUsableAt(long roundId, Instant expires) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            UPDATE sv_invitation SET expires_at = :expires
            WHERE round_id = :round AND submitted_at IS NULL AND revoked_at IS NULL""")
        .bind("round", roundId).bind("expires", Timestamp.from(expires)).execute());
  }

  Jdbi jdbi() {
    return jdbi;
  }

  private static Invitation invitation(ResultSet rs) throws SQLException {
    return new Invitation(rs.getLong("invitation_id"), rs.getLong("round_id"), rs.getString("group_id"),
        rs.getString("label"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
        instant(rs.getTimestamp("last_saved_at")), instant(rs.getTimestamp("submitted_at")),
        instant(rs.getTimestamp("revoked_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
