package uk.lacexplorer.selfeval;

/**
 * Nothing the caller may see has this identifier. Raised alike for things that do not exist and things that belong
 * to another authority, so that guessing identifiers reveals nothing. The web answers 404.
 */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what + " not found");
  }
}
