package uk.lacexplorer.selfeval;

/**
 * The request collides with the state of things or with a change someone else made first (an action edited since it
 * was read, a round already closed). Nothing was changed. The web answers 409.
 */
public final class ConflictException extends RuntimeException {
  public enum Reason { ROUND_CLOSED, ROUND_OPEN, RESULTS_NOT_READY, STALE_VERSION, ALREADY_SUBMITTED }

  private final Reason reason;
  private final Integer currentVersion;

  public ConflictException(Reason reason, String message, Integer currentVersion) {
    super(message);
    this.reason = reason;
    this.currentVersion = currentVersion;
  }

  public Reason reason() {
    return reason;
  }

  /** The version now stored, when the conflict is about a versioned record; else null. */
  public Integer currentVersion() {
    return currentVersion;
  }
}
