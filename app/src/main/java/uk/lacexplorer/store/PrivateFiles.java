package uk.lacexplorer.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Owner-only files under {@code LACX_HOME}: the folder itself is made mode 700 (so nothing H2 writes inside it can be
 * read by another user, whatever its own mode) and secrets are written mode 600 before any byte goes in.
 */
public final class PrivateFiles {
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private PrivateFiles() {
  }

  /** Creates {@code home} if needed and makes it readable by its owner only. */
  public static Path privateFolder(Path home) {
    try {
      Files.createDirectories(home);
      if (POSIX) Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + home, e);
    }
  }

  /** Makes an existing {@code file} mode 600 (nothing when it does not exist). */
  public static void ownerOnly(Path file) {
    try {
      if (POSIX && Files.exists(file)) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make " + file + " owner-only", e);
    }
  }

  /** The secret in {@code file}, made (32 random bytes, hex) and written mode 600 on first use. */
  public static String secret(Path file) {
    try {
      if (Files.exists(file)) return Files.readString(file, StandardCharsets.US_ASCII).strip();
      privateFolder(file.toAbsolutePath().getParent());
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String secret = HexFormat.of().formatHex(bytes);
      write(file, secret);
      return secret;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write " + file, e);
    }
  }

  /** Writes {@code text} to {@code file}, created (or truncated) with mode 600 before anything is written. */
  public static void write(Path file, String text) {
    try {
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.deleteIfExists(temp);
      if (POSIX) {
        Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } else {
        Files.createFile(temp);
      }
      Files.writeString(temp, text, StandardCharsets.US_ASCII);
      Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
