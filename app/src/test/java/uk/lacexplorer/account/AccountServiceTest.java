package uk.lacexplorer.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Database;

/** Accounts, logins, throttling, sessions and the audit log, on H2 and on a real PostgreSQL. */
@ParameterizedClass
@EnumSource(TestDatabases.Kind.class)
class AccountServiceTest {
  static final AuthorityDirectory TWO_AUTHORITIES = (code, welsh) ->
      Optional.ofNullable(Map.of("W06000020", welsh ? "Tor-faen" : "Torfaen", "W06000015", welsh ? "Caerdydd" : "Cardiff")
          .get(code));

  @Parameter
  TestDatabases.Kind kind;
  Database database;
  MutableClock clock;
  AccountService accounts;

  @BeforeEach
  void open() {
    database = TestDatabases.open(kind);
    clock = new MutableClock(Instant.parse("2025-03-01T09:00:00Z"));
    accounts = new AccountService(database.jdbi(), new AuditLog(database.jdbi(), clock), TWO_AUTHORITIES, clock);
  }

  @AfterEach
  void close() {
    database.close();
  }

  static char[] password(String text) {
    return text.toCharArray();
  }

  @Test
  void storesOnlyAnArgon2idHashAndSignsInWithTheRightPassword() {
    char[] given = password("correct horse battery");
    Account created = accounts.create("Tor.Coordinator", Role.COORDINATOR, "w06000020", given, "test");
    assertThat(given).containsOnly('\0');
    assertThat(created.username()).isEqualTo("tor.coordinator");
    assertThat(created.authorityCode()).isEqualTo("W06000020");
    String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT password_hash FROM account")
        .mapTo(String.class).one());
    assertThat(stored).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");

    LoginResult result = accounts.login("tor.coordinator", password("correct horse battery"), "10.0.0.1");
    assertThat(result).isInstanceOf(LoginResult.SignedIn.class);
    LoginResult.SignedIn signedIn = (LoginResult.SignedIn) result;
    Session session = accounts.session(signedIn.sessionToken()).orElseThrow();
    assertThat(session.account().id()).isEqualTo(created.id());
    assertThat(session.csrfToken()).hasSize(43);
    String storedSession = database.jdbi().withHandle(h -> h.createQuery("SELECT session_hash FROM web_session")
        .mapTo(String.class).one());
    assertThat(storedSession).isEqualTo(SecretTokens.sha256(signedIn.sessionToken())).isNotEqualTo(signedIn.sessionToken());
  }

  @Test
  void refusesAWrongPasswordAndAnUnknownUserAlike() {
    accounts.create("viewer1", Role.VIEWER, null, password("a long enough password"), "test");
    assertThat(accounts.login("viewer1", password("wrong password!!"), "10.0.0.1")).isInstanceOf(LoginResult.Refused.class);
    assertThat(accounts.login("nobody", password("a long enough password"), "10.0.0.1")).isInstanceOf(LoginResult.Refused.class);
  }

  @Test
  void throttlesAfterFiveFailuresEvenWithTheRightPasswordUntilTheWindowPasses() {
    accounts.create("admin1", Role.ADMIN, null, password("the admin password"), "test");
    for (int i = 0; i < LoginThrottle.PER_USERNAME; i++) {
      assertThat(accounts.login("admin1", password("guess number " + i), "10.0.0." + i)).isInstanceOf(LoginResult.Refused.class);
    }
    assertThat(accounts.login("admin1", password("the admin password"), "10.0.0.9")).isInstanceOf(LoginResult.Throttled.class);
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    assertThat(accounts.login("admin1", password("the admin password"), "10.0.0.9")).isInstanceOf(LoginResult.SignedIn.class);
  }

  @Test
  void throttlesOneAddressTryingManyUsernames() {
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      accounts.login("someone" + i, password("guess guess guess"), "192.0.2.7");
    }
    accounts.create("viewer2", Role.VIEWER, null, password("a long enough password"), "test");
    assertThat(accounts.login("viewer2", password("a long enough password"), "192.0.2.7")).isInstanceOf(LoginResult.Throttled.class);
    assertThat(accounts.login("viewer2", password("a long enough password"), "192.0.2.8")).isInstanceOf(LoginResult.SignedIn.class);
  }

  @Test
  void sessionsExpireAndEndAtLogout() {
    accounts.create("viewer3", Role.VIEWER, null, password("a long enough password"), "test");
    var first = (LoginResult.SignedIn) accounts.login("viewer3", password("a long enough password"), "10.0.0.1");
    var second = (LoginResult.SignedIn) accounts.login("viewer3", password("a long enough password"), "10.0.0.1");
    accounts.logout(accounts.session(first.sessionToken()).orElseThrow());
    assertThat(accounts.session(first.sessionToken())).isEmpty();
    assertThat(accounts.session(second.sessionToken())).isPresent();
    clock.advance(AccountService.SESSION_LIFETIME.plus(Duration.ofSeconds(1)));
    assertThat(accounts.session(second.sessionToken())).isEmpty();
    assertThat(accounts.session("not a token")).isEmpty();
    assertThat(accounts.session(SecretTokens.newToken())).isEmpty();
  }

  @Test
  void rejectsBadAccountsWithOneLineSayingWhatIsRight() {
    assertThatThrownBy(() -> accounts.create("c1", Role.COORDINATOR, null, password("long enough password"), "t"))
        .isInstanceOf(UserError.class).hasMessageContaining("username 'c1'");
    assertThatThrownBy(() -> accounts.create("coord", Role.COORDINATOR, null, password("long enough password"), "t"))
        .hasMessageContaining("needs --authority CODE");
    assertThatThrownBy(() -> accounts.create("coord", Role.COORDINATOR, "W06000099", password("long enough password"), "t"))
        .hasMessageContaining("unknown local authority code 'W06000099'");
    assertThatThrownBy(() -> accounts.create("admin9", Role.ADMIN, "W06000020", password("long enough password"), "t"))
        .hasMessageContaining("only coordinators belong to an authority");
    assertThatThrownBy(() -> accounts.create("coord", Role.COORDINATOR, "W06000020", password("short"), "t"))
        .hasMessageContaining("12 to 200 characters");
    accounts.create("coord", Role.COORDINATOR, "W06000020", password("long enough password"), "t");
    assertThatThrownBy(() -> accounts.create("COORD", Role.VIEWER, null, password("long enough password"), "t"))
        .hasMessageContaining("already taken");
    assertThatThrownBy(() -> Role.parse("superuser")).hasMessageContaining("admin, coordinator, viewer");
  }

  @Test
  void auditsAccountsAndLoginsWithoutSecrets() {
    accounts.create("coord2", Role.COORDINATOR, "W06000015", password("long enough password"), "cli");
    accounts.login("coord2", password("wrong wrong wrong"), "10.1.1.1");
    accounts.login("coord2", password("long enough password"), "10.1.1.1");
    List<AuditEvent> events = accounts.audit().recent(null, 10);
    assertThat(events).extracting(AuditEvent::action).containsExactly(
        AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED, AuditAction.ACCOUNT_CREATED);
    assertThat(events.get(0).authorityCode()).isEqualTo("W06000015");
    assertThat(events).allSatisfy(event -> assertThat(event.subject() + event.detail())
        .doesNotContain("long enough password").doesNotContain("wrong wrong"));
    assertThat(accounts.audit().recent("W06000020", 10)).isEmpty();
  }
}
