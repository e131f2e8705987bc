package uk.lacexplorer.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.Closeable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
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
  public static final String SCHEMA_VERSION = "37";
  private final String url;
  private final DataSource dataSource;
  private final Jdbi jdbi;
  private volatile boolean compactOnClose;

  private Database(String url, DataSource dataSource) {
    this.url = url;
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
  }

  /**
   * The embedded default: an H2 file in {@code home}, open to this process only (no {@code AUTO_SERVER}: nothing
   * listens on the network). {@code WRITE_DELAY=0}: every commit is written to the file before the statement returns,
   * so an acknowledged write survives a kill -9 of the process (see DATA.md, "Durability", for the cost).
   */
  public static String embeddedUrl(Path home) {
    return "jdbc:h2:file:" + home.toAbsolutePath().resolve("lacx")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
  }

  /** The file holding the embedded database's random password (mode 600). */
  public static Path passwordFile(Path home) {
    return home.resolve("db.password");
  }

  /**
   * Opens the embedded database in {@code home} as user {@code sa} with the random password kept in
   * {@link #passwordFile}; a database made before passwords (empty password) is given one on first open.
   */
  public static Database openEmbedded(Path home) {
    PrivateFiles.privateFolder(home);
    String password = PrivateFiles.secret(passwordFile(home));
    String url = embeddedUrl(home);
    try {
      return ownerOnly(home, open(url, "sa", password));
    } catch (RuntimeException e) {
      SQLException sql = sqlCause(e);
      if (sql == null) throw e;
      if (sql.getErrorCode() == 90020) throw inUse(home);
      if (sql.getErrorCode() != 28000) throw e;
    }
    // A database made before passwords: give user sa the random password, then open it with that.
    try (Connection legacy = DriverManager.getConnection(url, "sa", "");
         PreparedStatement alter = legacy.prepareStatement("ALTER USER \"SA\" SET PASSWORD ?")) {
      alter.setString(1, password);
      alter.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the database in " + home + " with the password in "
          + passwordFile(home) + ": " + e.getMessage(), e);
    }
    return ownerOnly(home, open(url, "sa", password));
  }

  /** Makes the files H2 made in {@code home} owner-only (the folder already is; this covers a copied home). */
  private static Database ownerOnly(Path home, Database database) {
    PrivateFiles.ownerOnly(home.resolve("lacx.mv.db"));
    PrivateFiles.ownerOnly(home.resolve("lacx.trace.db"));
    return database;
  }

  private static SQLException sqlCause(Throwable e) {
    Throwable cause = e;
    while (cause != null && !(cause instanceof SQLException)) cause = cause.getCause();
    return (SQLException) cause;
  }

  private static uk.lacexplorer.i18n.UserError inUse(Path home) {
    return uk.lacexplorer.i18n.UserError.of("error.database.inUse", home);
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
      throw uk.lacexplorer.i18n.UserError.of("error.database.unsupportedUrl", url);
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

  /**
   * Asks for the embedded file to be rewritten compactly when it is closed, after a bulk load or an import. Without
   * it, H2 spends up to its {@code MAX_COMPACT_TIME} (200 ms) compacting a loosely filled file at every close, which
   * was most of a short command's time after the first start; a compact file closes at once. No effect on PostgreSQL.
   */
  public void compactOnClose() {
    compactOnClose = true;
  }

  @Override
  public void close() {
    if (compactOnClose && url.startsWith("jdbc:h2:file:")) {
      try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
        statement.execute("SHUTDOWN COMPACT");
      } catch (SQLException closedWhileCompacting) {
        // H2 ends the connection as part of the shutdown; the file is compact and closed either way.
      }
    }
    if (dataSource instanceof JdbcConnectionPool pool) {
      pool.dispose();
    } else if (dataSource instanceof HikariDataSource hikari) {
      hikari.close();
    }
  }
}
