package uk.lacexplorer.account;

/** The outcome of a login attempt. Refused does not say whether the username or the password was wrong. */
public sealed interface LoginResult permits LoginResult.SignedIn, LoginResult.Refused, LoginResult.Throttled {
  /** {@code sessionToken} goes into the cookie; only its hash is stored. */
  record SignedIn(String sessionToken, Session session) implements LoginResult {
  }

  record Refused() implements LoginResult {
  }

  record Throttled() implements LoginResult {
  }
}
