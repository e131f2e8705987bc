package uk.lacexplorer.imports.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import uk.lacexplorer.i18n.UserError;

/** Reading a file's bytes and hashing them (the hash identifies the file in its {@code Source}). */
public final class FileBytes {
  private FileBytes() {
  }

  public static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (java.nio.file.NoSuchFileException e) {
      throw UserError.of("error.import.noSuchFile", file);
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
