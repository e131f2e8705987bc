package uk.lacexplorer.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets for sessions, CSRF and invitation links (256 bits from {@link SecureRandom}, URL-safe Base64),
 * and their SHA-256 digests, which is all the database keeps of a session or invitation token. Thread-safe.
 */
public final class SecretTokens {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private SecretTokens() {
  }

  public static String newToken() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  public static String sha256(String token) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** Compares two secrets in time that does not depend on where they differ. */
  public static boolean sameSecret(String expected, String given) {
    if (expected == null || given == null) return false;
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }

  /** A plausible token: 43 URL-safe Base64 characters. Anything else is rejected before touching the database. */
  public static boolean looksLikeToken(String text) {
    return text != null && text.length() == 43 && text.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
        || c == '-' || c == '_');
  }
}
