package uk.lacexplorer.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;

/**
 * A migrated database: the embedded H2 file by default, or a PostgreSQL server for a shared deployment.
 * One schema (Flyway migrations in {@code db/migration}) serves both.
 */
public final class Database implements Closeable {
  /**
   * The version of the newest migration in {@code db/migration}. A database already at it is opened without
   * Flyway (one query instead of scanning and checking every migration: most of a short command's start-up); any
   * other database is migrated. {@code SchemaVersionTest} fails when a migration is added without raising this.
   */
  public static final String SCHEMA_VERSION = "35";
  private final String url;
  private final DataSource dataSource;
  private final Jdbi jdbi;

  private Database(String url, DataSource dataSource) {
    this.url = url;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * The embedded default: an H2 file in {@code home}. With {@code AUTO_SERVER} a second process (a command run while
   * {@code ./lacx serve} holds the file) connects through the first one instead of failing on the file lock.
   */
  public static String embeddedUrl(Path home) {
    return "jdbc:h2:file:" + home.toAbsolutePath().resolve("lacx")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";
  }

  /** An in-memory H2 database, for tests. */
  public static String inMemoryUrl(String name) {
    return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  /** Opens the database at {@code url} (H2 or PostgreSQL) and brings its schema up to date. */
  public static Database open(String url, String user, String password) {
    DataSource dataSource;
    if (url.startsWith("jdbc:h2:")) {
      dataSource = JdbcConnectionPool.create(url, user == null ? "sa" : user, password == null ? "" : password);
    } else if (url.startsWith("jdbc:postgresql:")) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      if (user != null) config.setUsername(user);
      if (password != null) config.setPassword(password);
      config.setMaximumPoolSize(8);
      config.setPoolName("lacx");
      dataSource = new HikariDataSource(config);
    } else {
      throw new uk.lacexplorer.i18n.UserError("unsupported database URL '" + url + "': use jdbc:h2:… or jdbc:postgresql:…");
    }
    if (!isCurrent(dataSource)) {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
    return new Database(url, dataSource);
  }

  /** Whether the newest migration applied successfully is {@link #SCHEMA_VERSION} (false when none is, or no table). */
  static boolean isCurrent(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
         Statement statement = connection.createStatement();
         ResultSet newest = statement.executeQuery("SELECT version, success FROM flyway_schema_history "
             + "WHERE version IS NOT NULL ORDER BY installed_rank DESC")) {
      return newest.next() && newest.getBoolean("success") && SCHEMA_VERSION.equals(newest.getString("version"));
    } catch (SQLException noHistoryYet) {
      return false;
    }
  }

  public static Database open(String url) {
    return open(url, null, null);
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  public DataSource dataSource() {
    return dataSource;
  }

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  @Override
  public void close() {
    if (dataSource instanceof JdbcConnectionPool pool) {
      pool.dispose();
    } else if (dataSource instanceof HikariDataSource hikari) {
      hikari.close();
    }
  }
}
