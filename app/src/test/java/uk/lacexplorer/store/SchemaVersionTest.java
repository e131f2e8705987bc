package uk.lacexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** The version a database must be at to skip Flyway is the newest migration's, and skipping is safe. */
class SchemaVersionTest {
  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.*\\.sql");

  @Test
  void schemaVersionIsTheNewestMigration() throws IOException {
    int newest;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      newest = files.map(file -> VERSIONED.matcher(file.getFileName().toString())).filter(Matcher::matches)
          .mapToInt(matcher -> Integer.parseInt(matcher.group(1))).max().orElseThrow();
    }
    assertThat(Database.SCHEMA_VERSION).as("raise Database.SCHEMA_VERSION with a new migration")
        .isEqualTo(String.valueOf(newest));
  }

  @Test
  void aFreshDatabaseIsMigratedAndThenRecognisedAsCurrent() {
    String url = Database.inMemoryUrl("schema-version");
    DataSource empty = JdbcConnectionPool.create(url, "sa", "");
    assertThat(Database.isCurrent(empty)).isFalse();
    try (Database database = Database.open(url)) {
      assertThat(Database.isCurrent(database.dataSource())).isTrue();
      database.jdbi().useHandle(handle -> handle.execute("UPDATE flyway_schema_history SET success = FALSE "
          + "WHERE installed_rank = (SELECT MAX(installed_rank) FROM flyway_schema_history)"));
      assertThat(Database.isCurrent(database.dataSource())).isFalse();
    }
  }
}
