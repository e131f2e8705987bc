package uk.lacexplorer.selfeval;

/** The caller's role may not do this at all (e.g. a viewer creating a round). The web answers 403. */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
