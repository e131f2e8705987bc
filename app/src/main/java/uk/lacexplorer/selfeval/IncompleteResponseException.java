package uk.lacexplorer.selfeval;

import java.util.List;
import uk.lacexplorer.i18n.UserError;

/** A submission that leaves characteristics unanswered; nothing was submitted. */
public final class IncompleteResponseException extends UserError {
  private final List<String> missing;

  public IncompleteResponseException(List<String> missing) {
    super("error.selfeval.incomplete", List.of(String.join(", ", missing)));
    this.missing = List.copyOf(missing);
  }

  public List<String> missing() {
    return missing;
  }
}
