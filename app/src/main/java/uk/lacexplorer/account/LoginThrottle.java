package uk.lacexplorer.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing, atomically: an attempt is counted as a failure <em>before</em> its password is checked
 * (inside one lock), and the count is removed only when the password proves right. So eight concurrent wrong
 * passwords for one account get at most {@value #PER_USERNAME} password checks, not eight.
 *
 * <ul>
 *   <li>Per account: {@value #PER_USERNAME} failures since the last success are free; after that the account is
 *   locked from its latest failure for {@link #FIRST_LOCKOUT}, doubling with each further failure, at most
 *   {@link #LONGEST_LOCKOUT}. Failures older than {@link #MEMORY} are forgotten. {@code ./lacx user unlock} clears
 *   them.</li>
 *   <li>Per client address: after {@value #PER_ADDRESS} failures within {@link #WINDOW} the address is slowed, not
 *   locked: one checked attempt per {@link #ADDRESS_SPACING}. Everyone behind a shared council proxy can still sign
 *   in, a few seconds apart, while a guesser from that address gets about 1,200 guesses an hour instead of
 *   thousands a second.</li>
 * </ul>
 * Failures are kept in the database, so a restart does not reset them; the lock is per server process (one server
 * writes a LACX_HOME).
 */
final class LoginThrottle {
  static final int PER_USERNAME = 5;
  static final Duration FIRST_LOCKOUT = Duration.ofMinutes(1);
  static final Duration LONGEST_LOCKOUT = Duration.ofHours(24);
  static final Duration MEMORY = Duration.ofHours(24);
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration ADDRESS_SPACING = Duration.ofSeconds(3);
  private final Jdbi jdbi;
  private final Map<String, Instant> lastCheckedFromAddress = new HashMap<>();

  LoginThrottle(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A reserved attempt: the failure row written before the password check, so a success can take it back. */
  record Attempt(String username) {
  }

  /**
   * Decides and records in one step: empty when the attempt must be refused unchecked, otherwise the attempt,
   * already counted as a failure.
   */
  synchronized java.util.Optional<Attempt> reserve(String username, String clientAddress, Instant now) {
    if (lockedUntil(username, now).isAfter(now)) return java.util.Optional.empty();
    if (addressSlowed(clientAddress, now)) return java.util.Optional.empty();
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO login_failure (username, client_address, failed_at) VALUES (:username, :address, :now)""")
        .bind("username", username).bind("address", clientAddress).bind("now", Timestamp.from(now)).execute());
    lastCheckedFromAddress.put(clientAddress, now);
    if (lastCheckedFromAddress.size() > 10_000) {
      lastCheckedFromAddress.values().removeIf(at -> at.isBefore(now.minus(ADDRESS_SPACING)));
    }
    return java.util.Optional.of(new Attempt(username));
  }

  /** The moment the account may next be tried (in the past when it is not locked). */
  Instant lockedUntil(String username, Instant now) {
    return jdbi.withHandle(handle -> {
      Timestamp since = Timestamp.from(now.minus(MEMORY));
      int failures = handle.createQuery(
              "SELECT COUNT(*) FROM login_failure WHERE username = :username AND failed_at > :since")
          .bind("username", username).bind("since", since).mapTo(Integer.class).one();
      if (failures < PER_USERNAME) return Instant.MIN;
      Timestamp latest = handle.createQuery(
              "SELECT MAX(failed_at) FROM login_failure WHERE username = :username AND failed_at > :since")
          .bind("username", username).bind("since", since).mapTo(Timestamp.class).one();
      return latest.toInstant().plus(lockout(failures));
    });
  }

  /** {@link #FIRST_LOCKOUT} after the fifth failure, doubling with each further one, at most a day. */
  static Duration lockout(int failures) {
    int doublings = Math.min(failures - PER_USERNAME, 20);
    Duration lockout = FIRST_LOCKOUT.multipliedBy(1L << Math.max(doublings, 0));
    return lockout.compareTo(LONGEST_LOCKOUT) > 0 ? LONGEST_LOCKOUT : lockout;
  }

  private boolean addressSlowed(String clientAddress, Instant now) {
    int forAddress = jdbi.withHandle(handle -> handle.createQuery(
            "SELECT COUNT(*) FROM login_failure WHERE client_address = :address AND failed_at > :since")
        .bind("address", clientAddress).bind("since", Timestamp.from(now.minus(WINDOW))).mapTo(Integer.class).one());
    if (forAddress < PER_ADDRESS) return false;
    Instant last = lastCheckedFromAddress.get(clientAddress);
    return last != null && last.plus(ADDRESS_SPACING).isAfter(now);
  }

  /** The password was right: the reserved failure and the account's earlier failures go; old rows are dropped. */
  synchronized void succeeded(Attempt attempt, Instant now) {
    unlock(attempt.username());
    jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM login_failure WHERE failed_at <= :before")
        .bind("before", Timestamp.from(now.minus(MEMORY))).execute());
  }

  /** Clears an account's failures (an administrator's unlock, a password reset); returns how many there were. */
  synchronized int unlock(String username) {
    return jdbi.withHandle(handle -> handle.createUpdate("DELETE FROM login_failure WHERE username = :username")
        .bind("username", username).execute());
  }
}
