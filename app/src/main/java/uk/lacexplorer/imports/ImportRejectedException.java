package uk.lacexplorer.imports;

import java.util.List;
import uk.lacexplorer.i18n.UserError;

/**
 * A file was rejected whole; the message is its first problem (in the reader's language, as {@link Problem#render}),
 * and every problem is kept.
 */
public final class ImportRejectedException extends UserError {
  private final transient List<Problem> problems;

  public ImportRejectedException(List<Problem> problems) {
    super(problems.size() == 1 ? "error.import.rejected" : "error.import.rejectedMore",
        List.of(problems.get(0).asArg(), problems.size() - 1));
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
