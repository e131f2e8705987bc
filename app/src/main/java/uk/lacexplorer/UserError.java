package uk.lacexplorer;

/**
 * A request the user can correct: wrong arguments, an unknown area, a year without data, a malformed file.
 * The message is one line that says what is wrong and, where possible, what would be right.
 * The command line turns it into exit code 2; the web into a 4xx answer.
 */
public class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }

  public UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
