package uk.lacexplorer.selfeval;

/** An invitation link that cannot be used any more. The web answers 410 and explains why. */
public final class InvitationUnavailableException extends RuntimeException {
  public enum Reason { SUBMITTED, EXPIRED, ROUND_CLOSED, NOT_YET_OPEN, REVOKED }

  private final Reason reason;

  public InvitationUnavailableException(Reason reason) {
    super("invitation unavailable: " + reason.name().toLowerCase(java.util.Locale.ROOT));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
