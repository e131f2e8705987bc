package uk.lacexplorer.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.i18n.Arg;

/**
 * Backups of the embedded database: a zip made by H2's {@code BACKUP TO} (a consistent copy taken while the database
 * is open and in use) with the database's password beside it, and the restore of one into an idle home.
 */
public final class Backups {
  static final String DATABASE_ENTRY = "lacx.mv.db";
  static final String PASSWORD_ENTRY = "db.password";

  private Backups() {
  }

  /** Writes a consistent copy of the open embedded {@code database} to {@code to} (a zip, mode 600). */
  public static void backup(Database database, Path home, Path to) {
    if (database.isPostgres()) {
      throw UserError.of("error.backup.embeddedOnly");
    }
    Path target = to.toAbsolutePath();
    try {
      Files.deleteIfExists(target);
      if (target.getParent() != null) Files.createDirectories(target.getParent());
    } catch (IOException e) {
      throw UserError.of(e, "error.backup.cannotPrepare", target, e.getMessage());
    }
    try (Connection connection = database.dataSource().getConnection();
         PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
      backup.setString(1, target.toString());
      backup.execute();
    } catch (SQLException e) {
      throw UserError.of(e, "error.backup.cannotWrite", target, e.getMessage());
    }
    PrivateFiles.ownerOnly(target);
    addPassword(target, home);
  }

  /** Adds the database's password to the zip, so that a restore into another home can open it. */
  static void addPassword(Path zip, Path home) {
    try (FileSystem zipFs = FileSystems.newFileSystem(URI.create("jar:" + zip.toUri()), Map.of())) {
      Files.writeString(zipFs.getPath(PASSWORD_ENTRY), PrivateFiles.secret(Database.passwordFile(home)),
          StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot complete the backup " + zip, e);
    }
    PrivateFiles.ownerOnly(zip);
  }

  /**
   * Replaces the embedded database in {@code home} by the one in {@code from}; refuses when a database is there
   * (unless {@code force}) or when a process has it open. The zip is checked whole before anything is replaced.
   */
  public static void restore(Path from, Path home, boolean force) {
    if (!Files.isRegularFile(from)) throw UserError.of("error.restore.noFile", from);
    Path database = home.resolve(DATABASE_ENTRY);
    if (inUse(home)) {
      throw UserError.of("error.restore.inUse", home);
    }
    if (Files.exists(database) && !force) {
      throw UserError.of("error.restore.exists", home, Arg.option("force"), from);
    }
    PrivateFiles.privateFolder(home);
    Path newDatabase = home.resolve(DATABASE_ENTRY + ".restoring");
    String password = null;
    boolean sawDatabase = false;
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(from))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        String name = Path.of(entry.getName()).getFileName().toString();
        if (name.equals(DATABASE_ENTRY)) {
          PrivateFiles.write(newDatabase, "");
          Files.copy(zip, newDatabase, StandardCopyOption.REPLACE_EXISTING);
          sawDatabase = true;
        } else if (name.equals(PASSWORD_ENTRY)) {
          password = new String(zip.readAllBytes(), StandardCharsets.US_ASCII).strip();
        }
      }
    } catch (IOException e) {
      deleteQuietly(newDatabase);
      throw UserError.of(e, "error.restore.notBackup", from, e.getMessage());
    }
    if (!sawDatabase || password == null || password.isEmpty()) {
      deleteQuietly(newDatabase);
      throw UserError.of("error.restore.incomplete", from, DATABASE_ENTRY, PASSWORD_ENTRY);
    }
    try {
      PrivateFiles.ownerOnly(newDatabase);
      PrivateFiles.write(Database.passwordFile(home), password);
      Files.move(newDatabase, database, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restore into " + home, e);
    }
  }

  /** Whether another process holds the embedded database in {@code home} open (H2 locks the file while it is). */
  public static boolean inUse(Path home) {
    Path database = home.resolve(DATABASE_ENTRY);
    if (!Files.exists(database)) return false;
    try (FileChannel channel = FileChannel.open(database, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) return true;
      lock.release();
      return false;
    } catch (OverlappingFileLockException sameProcess) {
      return true;
    } catch (IOException e) {
      return true;
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // nothing else to do
    }
  }

}
