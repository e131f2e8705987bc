package uk.lacexplorer.imports.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/** Collects every problem found in one file, so that the file is rejected whole with all of them. Not thread-safe. */
public final class Problems {
  private static final int MAX = 200;
  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<Problem> warnings = new ArrayList<>();

  public Problems(Path file) {
    this.file = file.toString();
  }

  public String file() {
    return file;
  }

  public void add(long line, String column, String value, String message) {
    if (problems.size() < MAX) problems.add(new Problem(file, line, column, value, message));
  }

  public void addFile(String message) {
    problems.add(Problem.ofFile(file, message));
  }

  /** Something worth telling that does not stop the import (e.g. fewer authorities than usual). */
  public void warn(long line, String message) {
    warnings.add(new Problem(file, line, "", "", message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(problems);
  }

  /** Everything that was read, or (when any problem was found) a rejection listing every problem. */
  public ImportResult result(Source source, List<Observation> observations) {
    if (!problems.isEmpty()) return new ImportResult.Rejected(file, problems);
    if (observations.isEmpty()) {
      return new ImportResult.Rejected(file, List.of(Problem.ofFile(file, "no values found: is this the right kind of file?")));
    }
    return new ImportResult.Loaded(source, observations, warnings);
  }
}
