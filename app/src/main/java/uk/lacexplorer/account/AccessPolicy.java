package uk.lacexplorer.account;

/**
 * Who may do what: the one statement of the service's access rules. The web asks {@link #decide} before every route
 * runs (each route declares the {@link Need} it has); the self-evaluation services ask {@link #mayManage} and
 * {@link #mayReadResults} for each record they return, so a page and a service cannot disagree about an authority's
 * records. Stateless and thread-safe: the application holds one ({@link #STANDARD}).
 */
public final class AccessPolicy {
  public static final AccessPolicy STANDARD = new AccessPolicy();

  private AccessPolicy() {
  }

  /** What a part of the service needs of whoever asks. */
  public enum Need {
    /** Anyone, signed in or not. */
    PUBLIC,
    /** Any signed-in account (administrator, coordinator or national viewer). */
    SIGNED_IN,
    /** A coordinator, who belongs to exactly one authority. */
    COORDINATOR,
    /** An administrator. */
    ADMIN,
    /** A respondent in the session an invitation link started. */
    RESPONDENT,
    /** A command run by the home's owner on the same machine (loopback, with the home's secret). */
    LOCAL_PROCESS,
    /** Nobody: a feature switched off. */
    NOBODY
  }

  /** The answer: go ahead, first say who you are (sign in, open your link), or no. */
  public enum Decision {
    ALLOW,
    IDENTIFY,
    REFUSE
  }

  /**
   * Who is asking, as far as the request proves it.
   *
   * @param account the signed-in account, or null
   * @param respondent whether the request carries a respondent's session
   * @param localProcess whether the request came from loopback with the home's secret
   */
  public record Visitor(Account account, boolean respondent, boolean localProcess) {
    public static final Visitor ANONYMOUS = new Visitor(null, false, false);

    public static Visitor signedIn(Account account) {
      return new Visitor(account, false, false);
    }
  }

  public Decision decide(Need need, Visitor visitor) {
    Account account = visitor.account() == null || visitor.account().disabled() ? null : visitor.account();
    return switch (need) {
      case PUBLIC -> Decision.ALLOW;
      case NOBODY -> Decision.REFUSE;
      case LOCAL_PROCESS -> visitor.localProcess() ? Decision.ALLOW : Decision.REFUSE;
      case RESPONDENT -> visitor.respondent() ? Decision.ALLOW : Decision.IDENTIFY;
      case SIGNED_IN, COORDINATOR, ADMIN -> account == null ? Decision.IDENTIFY
          : allows(need, account) ? Decision.ALLOW : Decision.REFUSE;
    };
  }

  /** Whether a signed-in account meets an account's need. */
  public boolean allows(Need need, Account account) {
    if (account == null || account.disabled()) return false;
    return switch (need) {
      case PUBLIC, SIGNED_IN -> true;
      case COORDINATOR -> account.role() == Role.COORDINATOR && account.authorityCode() != null;
      case ADMIN -> account.role() == Role.ADMIN;
      case RESPONDENT, LOCAL_PROCESS, NOBODY -> false;
    };
  }

  /** Whether the account may read and change the records of the authority: only that authority's coordinator. */
  public boolean mayManage(Account account, String authorityCode) {
    return allows(Need.COORDINATOR, account) && account.authorityCode().equals(authorityCode);
  }

  /**
   * Whether the account may read the aggregated results of a round of the authority: its coordinator, or a national
   * viewer once the round is closed and the authority shared it. An administrator never.
   */
  public boolean mayReadResults(Account account, String authorityCode, boolean sharedNationally, boolean closed) {
    if (mayManage(account, authorityCode)) return true;
    return account != null && !account.disabled() && account.role() == Role.VIEWER && sharedNationally && closed;
  }

  /** Whether the account sees the rounds authorities shared rather than its own authority's. */
  public boolean seesSharedRounds(Account account) {
    return account != null && !account.disabled() && account.role() == Role.VIEWER;
  }
}
