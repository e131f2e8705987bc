package uk.lacexplorer.account;

import java.time.Instant;

/**
 * A server-side session, found by the SHA-256 of the cookie's token. It belongs to an account (signed-in users) or
 * to an invitation (respondents, who never have an account); {@code csrfToken} must come back with every form.
 */
public record Session(String tokenHash, Account account, Long invitationId, String csrfToken, Instant expiresAt) {

  public boolean isRespondent() {
    return invitationId != null;
  }
}
