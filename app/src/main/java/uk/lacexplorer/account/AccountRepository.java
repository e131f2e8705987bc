package uk.lacexplorer.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Accounts and their password hashes. */
final class AccountRepository {
  private static final String COLUMNS = "account_id, username, role_name, authority_code, disabled";
  private final Jdbi jdbi;

  AccountRepository(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  record Credentials(Account account, String passwordHash) {
  }

  long insert(String username, Role role, String authorityCode, String passwordHash, Instant now) {
    return jdbi.withHandle(handle -> handle.createUpdate("""
            INSERT INTO account (username, role_name, authority_code, password_hash, created_at, disabled)
            VALUES (:username, :role, :authority, :hash, :now, FALSE)""")
        .bind("username", username).bind("role", role.id()).bind("authority", authorityCode)
        .bind("hash", passwordHash).bind("now", Timestamp.from(now))
        .executeAndReturnGeneratedKeys("account_id").mapTo(Long.class).one());
  }

  void updatePassword(long id, String passwordHash) {
    jdbi.useHandle(handle -> handle.createUpdate("UPDATE account SET password_hash = :hash WHERE account_id = :id")
        .bind("hash", passwordHash).bind("id", id).execute());
  }

  boolean usernameTaken(String username) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM account WHERE username = :username")
        .bind("username", username).mapTo(Integer.class).one() > 0);
  }

  Optional<Credentials> credentials(String username) {
    return jdbi.withHandle(handle -> handle.createQuery(
            "SELECT " + COLUMNS + ", password_hash FROM account WHERE username = :username")
        .bind("username", username)
        .map((rs, ctx) -> new Credentials(account(rs), rs.getString("password_hash")))
        .findOne());
  }

  Optional<Account> find(long id) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM account WHERE account_id = :id")
        .bind("id", id).map((rs, ctx) -> account(rs)).findOne());
  }

  List<Account> all() {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM account ORDER BY username")
        .map((rs, ctx) -> account(rs)).list());
  }

  static Account account(ResultSet rs) throws SQLException {
    return new Account(rs.getLong("account_id"), rs.getString("username"), Role.parse(rs.getString("role_name")),
        rs.getString("authority_code"), rs.getBoolean("disabled"));
  }
}
