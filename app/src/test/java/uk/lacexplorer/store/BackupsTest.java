package uk.lacexplorer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lacexplorer.i18n.UserError;

/** Backup while open, restore by round trip, refusal to overwrite, the password and owner-only files. */
class BackupsTest {
  @TempDir
  Path dir;

  private static void addNote(Database database, String text) {
    database.jdbi().useHandle(h -> {
      h.execute("CREATE TABLE IF NOT EXISTS backup_probe (note VARCHAR(100))");
      h.execute("INSERT INTO backup_probe VALUES (?)", text);
    });
  }

  private static java.util.List<String> notes(Database database) {
    return database.jdbi().withHandle(h -> h.createQuery("SELECT note FROM backup_probe ORDER BY note")
        .mapTo(String.class).list());
  }

  @Test
  void roundTripWhileOpenRefusesToOverwriteAndKeepsFilesOwnerOnly() throws Exception {
    Path home = dir.resolve("home");
    Path zip = dir.resolve("b.zip");
    try (Database database = Database.openEmbedded(home)) {
      addNote(database, "before");
      Backups.backup(database, home, zip);
      addNote(database, "after");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(zip))).isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwx------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(Database.passwordFile(home))))
        .isEqualTo("rw-------");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.resolve("lacx.mv.db"))))
        .isEqualTo("rw-------");

    assertThatThrownBy(() -> Backups.restore(zip, home, false)).isInstanceOf(UserError.class)
        .hasMessageContaining("--force");
    try (Database database = Database.openEmbedded(home)) {
      assertThat(notes(database)).containsExactly("after", "before");
    }
    Backups.restore(zip, home, true);
    try (Database database = Database.openEmbedded(home)) {
      assertThat(notes(database)).containsExactly("before");
    }
    Path other = dir.resolve("other");
    Backups.restore(zip, other, false);
    try (Database database = Database.openEmbedded(other)) {
      assertThat(notes(database)).containsExactly("before");
    }
  }

  @Test
  void theEmbeddedUserHasARandomPasswordAndAnOldDatabaseWithoutOneGetsIt() throws Exception {
    Path home = dir.resolve("legacy");
    Files.createDirectories(home);
    String url = Database.embeddedUrl(home);
    try (Database legacy = Database.open(url, "sa", "")) {
      legacy.jdbi().useHandle(h -> h.execute("CREATE TABLE legacy_probe (note VARCHAR(10))"));
    }
    try (Database database = Database.openEmbedded(home)) {
      int rows = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM legacy_probe")
          .mapTo(Integer.class).one());
      assertThat(rows).isZero();
    }
    String password = Files.readString(Database.passwordFile(home)).strip();
    assertThat(password).hasSize(64);
    assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close()).hasMessageContaining("28000");
    DriverManager.getConnection(url, "sa", password).close();
  }

  @Test
  void aFileThatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
    Path home = dir.resolve("h");
    Path junk = dir.resolve("junk.zip");
    Files.writeString(junk, "not a zip");
    assertThatThrownBy(() -> Backups.restore(junk, home, true)).isInstanceOf(UserError.class)
        .hasMessageContaining("not a LAC Explorer backup");
    assertThat(home.resolve("lacx.mv.db")).doesNotExist();
  }
}
