package uk.lacexplorer.selfeval;

/**
 * The request collides with a change someone else made first (an action edited since it was read, an invitation
 * already submitted, a round already closed). Nothing was changed. The web answers 409.
 *
 * @param currentVersion the version now stored, when the conflict is about a versioned record; else null
 */
public final class ConflictException extends RuntimeException {
  private final Integer currentVersion;

  public ConflictException(String message, Integer currentVersion) {
    super(message);
    this.currentVersion = currentVersion;
  }

  public Integer currentVersion() {
    return currentVersion;
  }
}
