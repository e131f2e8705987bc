package uk.lacexplorer.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.i18n.Arg;

/** Accounts, logins and sessions. Thread-safe. */
public final class AccountService {
  public static final Duration SESSION_LIFETIME = Duration.ofHours(8);
  /** A session unused for this long ends (OWASP ASVS 3.3.2, level 2: 30 minutes of inactivity). */
  public static final Duration SESSION_IDLE = Duration.ofMinutes(30);
  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");
  private static final int MAXIMUM_PASSWORD = 200;
  private final AccountRepository accounts;
  private final SessionRepository sessions;
  private final LoginThrottle throttle;
  private final PasswordHasher hasher = new PasswordHasher();
  private final AuditLog audit;
  private final AuthorityDirectory authorities;
  private final Clock clock;

  public AccountService(Jdbi jdbi, AuditLog audit, AuthorityDirectory authorities, Clock clock) {
    this.accounts = new AccountRepository(jdbi);
    this.sessions = new SessionRepository(jdbi);
    this.throttle = new LoginThrottle(jdbi);
    this.audit = audit;
    this.authorities = authorities;
    this.clock = clock;
  }

  /**
   * Creates an account. A coordinator needs the code of an existing local authority; administrators and viewers
   * have none. The password is hashed with Argon2id and the array is wiped afterwards.
   */
  public Account create(String username, Role role, String authorityCode, char[] password, String actor) {
    try {
      String name = normaliseUsername(username);
      if (!USERNAME.matcher(name).matches()) {
        throw UserError.of("error.account.username", username);
      }
      String authority = authorityCode == null || authorityCode.isBlank() ? null : authorityCode.strip().toUpperCase(Locale.ROOT);
      if (role == Role.COORDINATOR && authority == null) {
        throw UserError.of("error.account.authorityNeeded", Arg.option("authority"));
      }
      if (role != Role.COORDINATOR && authority != null) {
        throw UserError.of("error.account.onlyCoordinators", Arg.option("authority"), role.id());
      }
      if (authority != null && !authorities.exists(authority)) {
        throw UserError.of("error.account.unknownAuthority", authorityCode);
      }
      checkPassword(password);
      if (accounts.usernameTaken(name)) throw UserError.of("error.account.taken", name);
      long id = accounts.insert(name, role, authority, hasher.hash(password), clock.instant());
      audit.record(actor, authority, AuditAction.ACCOUNT_CREATED, "account " + name, "role " + role.id());
      return new Account(id, name, role, authority, false);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static void checkPassword(char[] password) {
    if (password.length < PasswordHasher.MINIMUM_LENGTH || password.length > MAXIMUM_PASSWORD) {
      throw UserError.of("error.account.passwordLength", PasswordHasher.MINIMUM_LENGTH, MAXIMUM_PASSWORD);
    }
    if (PasswordDenyList.shared().contains(password)) {
      throw UserError.of("error.account.passwordDenied");
    }
  }

  /**
   * An administrator sets a new password: the hash is replaced, every session of the account ends and its failed
   * logins are cleared. The array is wiped afterwards.
   */
  public Account resetPassword(String username, char[] password, String actor) {
    try {
      String name = normaliseUsername(username);
      Account account = accounts.credentials(name).map(AccountRepository.Credentials::account)
          .orElseThrow(() -> UserError.of("error.account.unknown", username));
      checkPassword(password);
      accounts.updatePassword(account.id(), hasher.hash(password));
      int ended = sessions.deleteForAccount(account.id());
      throttle.unlock(name);
      audit.record(actor, account.authorityCode(), AuditAction.PASSWORD_RESET, "account " + name,
          ended + " sessions ended");
      return account;
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** An administrator lifts a lockout; returns how many failed logins were cleared. */
  public int unlock(String username, String actor) {
    String name = normaliseUsername(username);
    Account account = accounts.credentials(name).map(AccountRepository.Credentials::account)
        .orElseThrow(() -> UserError.of("error.account.unknown", username));
    int cleared = throttle.unlock(name);
    audit.record(actor, account.authorityCode(), AuditAction.ACCOUNT_UNLOCKED, "account " + name,
        cleared + " failed logins cleared");
    return cleared;
  }

  /** When the account may next be tried, if it is locked now. */
  public Optional<Instant> lockedUntil(String username) {
    Instant now = clock.instant();
    Instant until = throttle.lockedUntil(normaliseUsername(username), now);
    return until.isAfter(now) ? Optional.of(until) : Optional.empty();
  }

  public LoginResult login(String username, char[] password, String clientAddress) {
    String name = clip(normaliseUsername(username));
    String address = clientAddress == null ? "unknown" : clip(clientAddress);
    Instant now = clock.instant();
    Optional<LoginThrottle.Attempt> attempt = throttle.reserve(name, address, now);
    if (attempt.isEmpty()) {
      Arrays.fill(password, '\0');
      audit.record(name, null, AuditAction.LOGIN_THROTTLED, "account " + name, "from " + address);
      return new LoginResult.Throttled();
    }
    Optional<AccountRepository.Credentials> credentials = accounts.credentials(name);
    boolean valid;
    if (credentials.isEmpty()) {
      hasher.verifyDecoy(password);
      valid = false;
    } else {
      valid = hasher.verify(password, credentials.get().passwordHash()) && !credentials.get().account().disabled();
    }
    Arrays.fill(password, '\0');
    if (!valid) {
      audit.record(name, null, AuditAction.LOGIN_FAILED, "account " + name, "from " + address);
      return new LoginResult.Refused();
    }
    Account account = credentials.get().account();
    throttle.succeeded(attempt.get(), now);
    sessions.deleteExpired(now);
    String token = SecretTokens.newToken();
    Session session = new Session(SecretTokens.sha256(token), account, null, SecretTokens.newToken(),
        now.plus(SESSION_LIFETIME));
    sessions.insert(session.tokenHash(), account.id(), null, session.csrfToken(), now, session.expiresAt());
    audit.record(name, account.authorityCode(), AuditAction.LOGIN_SUCCEEDED, "account " + name, "from " + address);
    return new LoginResult.SignedIn(token, session);
  }

  /** The live session for a cookie's token, if any. */
  public Optional<Session> session(String token) {
    if (!SecretTokens.looksLikeToken(token)) return Optional.empty();
    return sessions.find(SecretTokens.sha256(token), clock.instant(), SESSION_IDLE);
  }

  /** A session for a respondent who opened an invitation link; returns the cookie's token. */
  public String startRespondentSession(long invitationId, Instant invitationExpires) {
    Instant now = clock.instant();
    Instant expires = now.plus(SESSION_LIFETIME).isBefore(invitationExpires) ? now.plus(SESSION_LIFETIME)
        : invitationExpires;
    String token = SecretTokens.newToken();
    sessions.insert(SecretTokens.sha256(token), null, invitationId, SecretTokens.newToken(), now, expires);
    return token;
  }

  public void endRespondentSessions(long invitationId) {
    sessions.deleteForInvitation(invitationId);
  }

  public void logout(Session session) {
    sessions.delete(session.tokenHash());
    if (session.account() != null) {
      audit.record(session.account().username(), session.account().authorityCode(), AuditAction.LOGOUT,
          "account " + session.account().username(), "");
    }
  }

  public Optional<Account> account(long id) {
    return accounts.find(id);
  }

  public List<Account> accounts() {
    return accounts.all();
  }

  public AuditLog audit() {
    return audit;
  }

  public AuthorityDirectory authorities() {
    return authorities;
  }

  private static String normaliseUsername(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String clip(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60);
  }
}
