package uk.lacexplorer.imports;

import java.util.List;
import uk.lacexplorer.i18n.UserError;

/** A file was rejected whole; the message is its first problem, and every problem is kept. */
public final class ImportRejectedException extends UserError {
  private final transient List<Problem> problems;

  public ImportRejectedException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  private static String summary(List<Problem> problems) {
    String first = problems.get(0).toString();
    return problems.size() == 1 ? first + " (nothing was imported)"
        : first + " (and " + (problems.size() - 1) + " more problems; nothing was imported)";
  }

  public List<Problem> problems() {
    return problems;
  }
}
