package uk.lacexplorer.selfeval;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/** Action plans, with optimistic locking on {@code row_version}. */
final class ActionRepository {
  private static final String COLUMNS = """
      action_id, authority_code, round_id, characteristic_id, description, owner_name, due_on, action_status,
      row_version, updated_at""";
  private final Jdbi jdbi;

  ActionRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  long insert(String authority, ActionDraft draft, long accountId, Instant now) {
    return jdbi.withHandle(handle -> bindFields(handle.createUpdate("""
            INSERT INTO sv_action (authority_code, round_id, characteristic_id, description, owner_name, due_on,
                                   action_status, row_version, updated_at, updated_by)
            VALUES (:authority, :round, :item, :description, :owner, :due, :status, 1, :now, :by)"""), draft)
        .bind("authority", authority).bind("now", Timestamp.from(now)).bind("by", accountId)
        .executeAndReturnGeneratedKeys("action_id").mapTo(Long.class).one());
  }

  /** Applies the edit only if the stored version is still {@code expectedVersion}; false otherwise. */
  boolean update(long id, String authority, int expectedVersion, ActionDraft draft, long accountId, Instant now) {
    return jdbi.withHandle(handle -> bindFields(handle.createUpdate("""
            UPDATE sv_action SET round_id = :round, characteristic_id = :item, description = :description,
                   owner_name = :owner, due_on = :due, action_status = :status, row_version = row_version + 1,
                   updated_at = :now, updated_by = :by
            WHERE action_id = :id AND authority_code = :authority AND row_version = :expected"""), draft)
        .bind("id", id).bind("authority", authority).bind("expected", expectedVersion)
        .bind("now", Timestamp.from(now)).bind("by", accountId)
        .execute()) == 1;
  }

  Optional<PlanAction> find(long id, String authority) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT " + COLUMNS + " FROM sv_action WHERE action_id = :id AND authority_code = :authority")
        .bind("id", id).bind("authority", authority).map((rs, ctx) -> action(rs)).findOne());
  }

  List<PlanAction> forAuthority(String authority) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT " + COLUMNS + " FROM sv_action WHERE authority_code = :authority ORDER BY characteristic_id, action_id")
        .bind("authority", authority).map((rs, ctx) -> action(rs)).list());
  }

  private static Update bindFields(Update update, ActionDraft draft) {
    return update.bind("round", draft.roundId()).bind("item", draft.characteristicId())
        .bind("description", draft.description()).bind("owner", draft.owner())
        .bind("due", draft.dueOn() == null ? null : Date.valueOf(draft.dueOn()))
        .bind("status", draft.status().name());
  }

  private static PlanAction action(ResultSet rs) throws SQLException {
    Date due = rs.getDate("due_on");
    Long round = rs.getObject("round_id") == null ? null : rs.getLong("round_id");
    return new PlanAction(rs.getLong("action_id"), rs.getString("authority_code"), round,
        rs.getString("characteristic_id"), rs.getString("description"), rs.getString("owner_name"),
        due == null ? null : due.toLocalDate(), PlanAction.Status.valueOf(rs.getString("action_status")),
        rs.getInt("row_version"), rs.getTimestamp("updated_at").toInstant());
  }
}
