package uk.lacexplorer.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.nio.CharBuffer;

/**
 * Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$…}), with the parameters the
 * OWASP Password Storage Cheat Sheet gives as its first choice: 19 MiB of memory, 2 iterations, 1 lane, 16-byte
 * salt, 32-byte hash. Verification reads the parameters from the stored hash, so older hashes still verify if
 * these change. Thread-safe.
 */
public final class PasswordHasher {
  public static final int MINIMUM_LENGTH = 12;
  private static final int MEMORY_KIB = 19_456;
  private static final int ITERATIONS = 2;
  private static final int PARALLELISM = 1;
  private static final int HASH_BYTES = 32;
  private static final int SALT_BYTES = 16;
  private static final Argon2Function ARGON2ID =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES, Argon2.ID, Argon2Function.ARGON2_VERSION_13);
  /** Verified against when the username is unknown, so that answering takes as long either way. */
  private static final String DECOY = hashOf("decoy password that no account has".toCharArray());

  public String hash(char[] password) {
    return hashOf(password);
  }

  private static String hashOf(char[] password) {
    return Password.hash(CharBuffer.wrap(password)).addRandomSalt(SALT_BYTES).with(ARGON2ID).getResult();
  }

  public boolean verify(char[] password, String storedHash) {
    if (storedHash == null || !storedHash.startsWith("$argon2id$")) return false;
    return Password.check(CharBuffer.wrap(password), storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
  }

  /** Spends the time a verification would, for unknown usernames. */
  public void verifyDecoy(char[] password) {
    verify(password, DECOY);
  }
}
