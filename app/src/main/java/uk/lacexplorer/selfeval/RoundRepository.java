package uk.lacexplorer.selfeval;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Rounds and their stakeholder groups. */
final class RoundRepository {
  private static final String COLUMNS = """
      round_id, authority_code, title, opens_on, closes_on, round_status, framework_id, framework_version,
      shared_nationally, created_at, closed_at""";
  private final Jdbi jdbi;

  RoundRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  long insert(String authority, NewRound round, Framework framework, long createdBy, Instant now) {
    return jdbi.inTransaction(handle -> {
      long id = handle.createUpdate("""
              INSERT INTO sv_round (authority_code, title, opens_on, closes_on, round_status, framework_id,
                                    framework_version, shared_nationally, created_by, created_at)
              VALUES (:authority, :title, :opens, :closes, 'OPEN', :framework, :version, FALSE, :by, :now)""")
          .bind("authority", authority).bind("title", round.title())
          .bind("opens", Date.valueOf(round.opensOn())).bind("closes", Date.valueOf(round.closesOn()))
          .bind("framework", framework.id()).bind("version", framework.version())
          .bind("by", createdBy).bind("now", Timestamp.from(now))
          .executeAndReturnGeneratedKeys("round_id").mapTo(Long.class).one();
      for (int i = 0; i < round.groups().size(); i++) {
        handle.createUpdate("INSERT INTO sv_round_group (round_id, group_id, position_no) VALUES (:id, :group, :position)")
            .bind("id", id).bind("group", round.groups().get(i)).bind("position", i).execute();
      }
      return id;
    });
  }

  Optional<Round> find(long id) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM sv_round WHERE round_id = :id")
        .bind("id", id).map((rs, ctx) -> round(handle, rs)).findOne());
  }

  List<Round> forAuthority(String authority) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT " + COLUMNS + " FROM sv_round WHERE authority_code = :authority ORDER BY opens_on DESC, round_id DESC")
        .bind("authority", authority).map((rs, ctx) -> round(handle, rs)).list());
  }

  List<Round> sharedAndClosed() {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
            + " FROM sv_round WHERE shared_nationally = TRUE AND round_status = 'CLOSED' ORDER BY authority_code, opens_on DESC")
        .map((rs, ctx) -> round(handle, rs)).list());
  }

  /** Closes an open round; false if it was already closed. */
  boolean close(long id, Instant now) {
    return jdbi.withHandle(handle -> handle.createUpdate(
            "UPDATE sv_round SET round_status = 'CLOSED', closed_at = :now WHERE round_id = :id AND round_status = 'OPEN'")
        .bind("id", id).bind("now", Timestamp.from(now)).execute()) == 1;
  }

  /** Changes the title and dates. */
  void update(long id, String title, java.time.LocalDate opensOn, java.time.LocalDate closesOn) {
    jdbi.useHandle(handle -> handle.createUpdate(
            "UPDATE sv_round SET title = :title, opens_on = :opens, closes_on = :closes WHERE round_id = :id")
        .bind("id", id).bind("title", title).bind("opens", Date.valueOf(opensOn)).bind("closes", Date.valueOf(closesOn))
        .execute());
  }

  /** Opens a closed round again until {@code closesOn}, no longer shared; false if it was open. */
  boolean reopen(long id, java.time.LocalDate closesOn) {
    return jdbi.withHandle(handle -> handle.createUpdate("""
            UPDATE sv_round SET round_status = 'OPEN', closed_at = NULL, shared_nationally = FALSE, closes_on = :closes
            WHERE round_id = :id AND round_status = 'CLOSED'""")
        .bind("id", id).bind("closes", Date.valueOf(closesOn)).execute()) == 1;
  }

  void share(long id, boolean shared) {
    jdbi.useHandle(handle -> handle.createUpdate("UPDATE sv_round SET shared_nationally = :shared WHERE round_id = :id")
        .bind("id", id).bind("shared", shared).execute());
  }

  private static Round round(Handle handle, ResultSet rs) throws SQLException {
    long id = rs.getLong("round_id");
    List<String> groups = handle.createQuery("SELECT group_id FROM sv_round_group WHERE round_id = :id ORDER BY position_no")
        .bind("id", id).mapTo(String.class).list();
    Timestamp closed = rs.getTimestamp("closed_at");
    return new Round(id, rs.getString("authority_code"), rs.getString("title"), rs.getDate("opens_on").toLocalDate(),
        rs.getDate("closes_on").toLocalDate(), Round.Status.valueOf(rs.getString("round_status")),
        rs.getString("framework_id"), rs.getInt("framework_version"), rs.getBoolean("shared_nationally"), groups,
        rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
  }
}
