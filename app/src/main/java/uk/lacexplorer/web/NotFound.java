package uk.lacexplorer.web;

/** A page or API resource that does not exist (404); the message names what was asked for. */
public final class NotFound extends RuntimeException {
  public NotFound(String message) {
    super(message);
  }
}
