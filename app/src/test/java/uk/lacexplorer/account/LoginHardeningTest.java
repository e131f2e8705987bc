package uk.lacexplorer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Database;

/** NCSC / OWASP ASVS level 2 account rules: atomic throttle, back-off, address slowing, deny-list, sessions. */
class LoginHardeningTest {
  Database database;
  MutableClock clock;
  AccountService accounts;

  @BeforeEach
  void open() {
    database = TestDatabases.open(TestDatabases.Kind.H2);
    clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    accounts = new AccountService(database.jdbi(), new AuditLog(database.jdbi(), clock),
        AccountServiceTest.TWO_AUTHORITIES, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  private int passwordChecks(String username) {
    return database.jdbi().withHandle(h -> h.createQuery(
            "SELECT COUNT(*) FROM audit_event WHERE action_name = 'LOGIN_FAILED' AND subject = :s")
        .bind("s", "account " + username).mapTo(Integer.class).one());
  }

  @Test
  void eightConcurrentWrongPasswordsGetAtMostFivePasswordChecks() throws Exception {
    accounts.create("admin1", Role.ADMIN, null, "the admin password".toCharArray(), "test");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<LoginResult>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int n = i;
      results.add(pool.submit(() -> {
        start.await();
        return accounts.login("admin1", ("wrong guess " + n).toCharArray(), "10.0.0." + n);
      }));
    }
    start.countDown();
    int refused = 0;
    int throttled = 0;
    for (Future<LoginResult> result : results) {
      LoginResult outcome = result.get();
      if (outcome instanceof LoginResult.Refused) refused++;
      if (outcome instanceof LoginResult.Throttled) throttled++;
    }
    pool.shutdown();
    assertThat(refused).isEqualTo(LoginThrottle.PER_USERNAME);
    assertThat(throttled).isEqualTo(8 - LoginThrottle.PER_USERNAME);
    assertThat(passwordChecks("admin1")).isEqualTo(LoginThrottle.PER_USERNAME);
  }

  @Test
  void lockoutDoublesWithEachFailureAfterTheFifthAndAnAdministratorCanUnlock() {
    assertThat(LoginThrottle.lockout(5)).isEqualTo(Duration.ofMinutes(1));
    assertThat(LoginThrottle.lockout(6)).isEqualTo(Duration.ofMinutes(2));
    assertThat(LoginThrottle.lockout(8)).isEqualTo(Duration.ofMinutes(8));
    assertThat(LoginThrottle.lockout(40)).isEqualTo(Duration.ofHours(24));
    accounts.create("viewer1", Role.VIEWER, null, "a long enough password".toCharArray(), "test");
    for (int i = 0; i < 5; i++) accounts.login("viewer1", "wrong wrong wrong".toCharArray(), "10.0.0.1");
    assertThat(accounts.lockedUntil("viewer1")).contains(clock.instant().plus(Duration.ofMinutes(1)));
    clock.advance(Duration.ofSeconds(61));
    assertThat(accounts.login("viewer1", "wrong again wrong".toCharArray(), "10.0.0.1")).isInstanceOf(LoginResult.Refused.class);
    // six failures: two minutes from the last one
    clock.advance(Duration.ofSeconds(119));
    assertThat(accounts.login("viewer1", "a long enough password".toCharArray(), "10.0.0.1")).isInstanceOf(LoginResult.Throttled.class);
    clock.advance(Duration.ofSeconds(2));
    assertThat(accounts.login("viewer1", "wrong once more".toCharArray(), "10.0.0.1")).isInstanceOf(LoginResult.Refused.class);
    assertThat(accounts.lockedUntil("viewer1")).contains(clock.instant().plus(Duration.ofMinutes(4)));

    assertThat(accounts.unlock("viewer1", "admin")).isEqualTo(7);
    assertThat(accounts.lockedUntil("viewer1")).isEmpty();
    assertThat(accounts.login("viewer1", "a long enough password".toCharArray(), "10.0.0.1")).isInstanceOf(LoginResult.SignedIn.class);
    assertThatThrownBy(() -> accounts.unlock("nobody", "admin")).isInstanceOf(UserError.class).hasMessageContaining("no account 'nobody'");
  }

  @Test
  void aBusyAddressIsSlowedNotLockedSoColleaguesBehindOneProxyStillSignIn() {
    String proxy = "203.0.113.5";
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      accounts.login("guess" + i, "guess guess guess".toCharArray(), proxy);
    }
    for (int i = 0; i < 3; i++) {
      accounts.create("colleague" + i, Role.VIEWER, null, "a long enough password".toCharArray(), "test");
    }
    assertThat(accounts.login("colleague0", "a long enough password".toCharArray(), proxy)).isInstanceOf(LoginResult.Throttled.class);
    for (int i = 0; i < 3; i++) {
      clock.advance(LoginThrottle.ADDRESS_SPACING);
      assertThat(accounts.login("colleague" + i, "a long enough password".toCharArray(), proxy))
          .as("colleague %d after %s", i, LoginThrottle.ADDRESS_SPACING).isInstanceOf(LoginResult.SignedIn.class);
    }
    // the account of a colleague is not locked by the guesser's failures
    assertThat(accounts.lockedUntil("colleague0")).isEmpty();
  }

  @Test
  void refusesCommonAndBreachedPasswordsWhateverTheirCase() {
    assertThat(PasswordDenyList.shared().size()).isGreaterThanOrEqualTo(100_000);
    assertThat(PasswordDenyList.shared().contains("1qaz2wsx3edc".toCharArray())).isTrue();
    assertThat(PasswordDenyList.shared().contains("1QAZ2wsx3EDC".toCharArray())).isTrue();
    assertThat(PasswordDenyList.shared().contains("q1w2e3r4t5y6".toCharArray())).isTrue();
    assertThat(PasswordDenyList.shared().contains("tarn otter kettle marmalade".toCharArray())).isFalse();
    assertThatThrownBy(() -> accounts.create("viewer5", Role.VIEWER, null, "Q1W2E3R4T5Y6".toCharArray(), "t"))
        .isInstanceOf(UserError.class).hasMessageContaining("common and breached passwords");
    accounts.create("viewer5", Role.VIEWER, null, "tarn otter kettle marmalade".toCharArray(), "t");
  }

  @Test
  void sessionsEndAfterThirtyIdleMinutesButNotWhileInUse() {
    accounts.create("viewer6", Role.VIEWER, null, "a long enough password".toCharArray(), "test");
    var busy = (LoginResult.SignedIn) accounts.login("viewer6", "a long enough password".toCharArray(), "10.0.0.1");
    var idle = (LoginResult.SignedIn) accounts.login("viewer6", "a long enough password".toCharArray(), "10.0.0.1");
    for (int i = 0; i < 4; i++) {
      clock.advance(Duration.ofMinutes(20));
      assertThat(accounts.session(busy.sessionToken())).as("used every 20 minutes").isPresent();
    }
    assertThat(accounts.session(idle.sessionToken())).as("80 minutes unused").isEmpty();
  }

  @Test
  void aPasswordResetEndsEverySessionAndChecksTheNewPassword() {
    accounts.create("coord1", Role.COORDINATOR, "W06000020", "a long enough password".toCharArray(), "test");
    var signedIn = (LoginResult.SignedIn) accounts.login("coord1", "a long enough password".toCharArray(), "10.0.0.1");
    assertThatThrownBy(() -> accounts.resetPassword("coord1", "q1w2e3r4t5y6".toCharArray(), "admin"))
        .isInstanceOf(UserError.class).hasMessageContaining("common and breached");
    assertThat(accounts.session(signedIn.sessionToken())).isPresent();
    char[] fresh = "heron quarry lantern biscuit".toCharArray();
    accounts.resetPassword("COORD1", fresh, "admin");
    assertThat(fresh).containsOnly('\0');
    assertThat(accounts.session(signedIn.sessionToken())).isEmpty();
    assertThat(accounts.login("coord1", "a long enough password".toCharArray(), "10.0.0.1")).isInstanceOf(LoginResult.Refused.class);
    assertThat(accounts.login("coord1", "heron quarry lantern biscuit".toCharArray(), "10.0.0.1")).isInstanceOf(LoginResult.SignedIn.class);
    assertThatThrownBy(() -> accounts.resetPassword("nobody", "heron quarry lantern biscuit".toCharArray(), "admin"))
        .hasMessageContaining("no account 'nobody'");
  }
}
