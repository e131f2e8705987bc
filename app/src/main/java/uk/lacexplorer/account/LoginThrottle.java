package uk.lacexplorer.account;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing: after {@value #PER_USERNAME} failed logins for one username, or {@value #PER_ADDRESS}
 * from one client address, within {@link #WINDOW}, further attempts are refused without checking the password until
 * the oldest failure leaves the window. Failures are kept in the database, so a restart does not reset them.
 */
final class LoginThrottle {
  static final int PER_USERNAME = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  private final Jdbi jdbi;

  LoginThrottle(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  boolean blocked(String username, String clientAddress, Instant now) {
    Timestamp since = Timestamp.from(now.minus(WINDOW));
    return jdbi.withHandle(handle -> {
      int forUsername = handle.createQuery(
              "SELECT COUNT(*) FROM login_failure WHERE username = :username AND failed_at > :since")
          .bind("username", username).bind("since", since).mapTo(Integer.class).one();
      int forAddress = handle.createQuery(
              "SELECT COUNT(*) FROM login_failure WHERE client_address = :address AND failed_at > :since")
          .bind("address", clientAddress).bind("since", since).mapTo(Integer.class).one();
      return forUsername >= PER_USERNAME || forAddress >= PER_ADDRESS;
    });
  }

  void recordFailure(String username, String clientAddress, Instant now) {
    jdbi.useHandle(handle -> handle.createUpdate("""
            INSERT INTO login_failure (username, client_address, failed_at) VALUES (:username, :address, :now)""")
        .bind("username", username).bind("address", clientAddress).bind("now", Timestamp.from(now)).execute());
  }

  /** After a successful login the username starts afresh; failures older than the window are dropped. */
  void recordSuccess(String username, Instant now) {
    jdbi.useHandle(handle -> {
      handle.createUpdate("DELETE FROM login_failure WHERE username = :username").bind("username", username).execute();
      handle.createUpdate("DELETE FROM login_failure WHERE failed_at <= :before")
          .bind("before", Timestamp.from(now.minus(WINDOW))).execute();
    });
  }
}
