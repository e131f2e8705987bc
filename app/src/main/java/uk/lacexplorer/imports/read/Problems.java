package uk.lacexplorer.imports.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/**
 * Collects every problem found in one file, so that the file is rejected whole with all of them. Each problem is a
 * message key of {@code i18n/imports_*.properties} and its arguments (see {@link Problem}). Not thread-safe.
 */
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

  /** A problem at a line, in a column, about a value: {@code key} from the bundles with its arguments. */
  public void add(long line, String column, String value, String key, Object... args) {
    add(line, column, value, Problem.words(key, args));
  }

  /** A problem whose message was worded elsewhere (e.g. {@link uk.lacexplorer.imports.ValueBounds#refusal}). */
  public void add(long line, String column, String value, Arg.Words says) {
    if (problems.size() < MAX) problems.add(new Problem(file, line, column, value, says));
  }

  /** A problem with the whole file. */
  public void addFile(String key, Object... args) {
    problems.add(Problem.ofFile(file, key, args));
  }

  /** Something worth telling that does not stop the import (e.g. fewer authorities than usual). */
  public void warn(long line, String key, Object... args) {
    warnings.add(Problem.at(file, line, "", "", key, args));
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
      return new ImportResult.Rejected(file, List.of(Problem.ofFile(file, "import.noValues")));
    }
    return new ImportResult.Loaded(source, observations, warnings);
  }
}
