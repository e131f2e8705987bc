package uk.lacexplorer.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * How a command reaches the {@code ./lacx serve} that holds the embedded database: the server writes its loopback
 * port to {@code LACX_HOME/server.port} and keeps a random secret in {@code LACX_HOME/server.secret} (both mode 600, in
 * a mode-700 folder); a command sends the secret with its request, so only the owner of the home can ask.
 *
 * @param port the web port, reached on 127.0.0.1
 * @param secret the per-home secret
 */
public record LocalServer(int port, String secret) {
  /** The request header that carries the secret. */
  public static final String HEADER = "X-Lacx-Secret";
  /** The server's route that writes a backup (the request body names the file). */
  public static final String BACKUP_PATH = "/_local/backup";
  static final String PORT_FILE = "server.port";
  static final String SECRET_FILE = "server.secret";

  /** Announces a server listening on {@code port}; returns the secret requests must carry. */
  public static String announce(Path home, int port) {
    String secret = PrivateFiles.secret(home.resolve(SECRET_FILE));
    PrivateFiles.write(home.resolve(PORT_FILE), Integer.toString(port));
    return secret;
  }

  /** Removes the announcement (the server is stopping). */
  public static void withdraw(Path home) {
    try {
      Files.deleteIfExists(home.resolve(PORT_FILE));
    } catch (IOException ignored) {
      // a stale file is harmless: the request then fails to connect
    }
  }

  /** The announced server of {@code home}, if one is. */
  public static Optional<LocalServer> find(Path home) {
    Path port = home.resolve(PORT_FILE);
    Path secret = home.resolve(SECRET_FILE);
    try {
      if (!Files.exists(port) || !Files.exists(secret)) return Optional.empty();
      return Optional.of(new LocalServer(Integer.parseInt(Files.readString(port, StandardCharsets.US_ASCII).strip()),
          Files.readString(secret, StandardCharsets.US_ASCII).strip()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code given} is this home's secret (compared in constant time). */
  public static boolean accepts(String expected, String given) {
    return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
        given.getBytes(StandardCharsets.US_ASCII));
  }
}
