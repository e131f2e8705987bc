package uk.lacexplorer.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import uk.lacexplorer.store.Database;

/**
 * Fresh, empty, migrated databases for tests: H2 in memory, or a new database on a real PostgreSQL server (zonky
 * embedded PostgreSQL, started once per test JVM and stopped when it exits).
 */
public final class TestDatabases {
  private static EmbeddedPostgres postgres;

  private TestDatabases() {
  }

  public static Database open(String kind) {
    return switch (kind) {
      case "h2" -> Database.open(Database.inMemoryUrl("test-" + UUID.randomUUID()));
      case "postgres" -> Database.open(newPostgresDatabase(), "postgres", "postgres");
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static synchronized String newPostgresDatabase() {
    try {
      if (postgres == null) {
        postgres = EmbeddedPostgres.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            postgres.close();
          } catch (IOException e) {
            // the JVM is ending: nothing more to do
          }
        }));
      }
      String name = "lacx_" + UUID.randomUUID().toString().replace("-", "");
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
           Statement statement = connection.createStatement()) {
        statement.execute("CREATE DATABASE " + name);
      }
      return postgres.getJdbcUrl("postgres", name);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create a PostgreSQL test database", e);
    }
  }
}
