package uk.lacexplorer.imports;

import java.util.List;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/** What reading a file gave: everything in it, or every problem found (and then nothing is kept). */
public sealed interface ImportResult permits ImportResult.Loaded, ImportResult.Rejected {

  record Loaded(Source source, List<Observation> observations, List<Problem> warnings) implements ImportResult {
    public Loaded {
      observations = List.copyOf(observations);
      warnings = List.copyOf(warnings);
    }
  }

  record Rejected(String file, List<Problem> problems) implements ImportResult {
    public Rejected {
      if (problems.isEmpty()) throw new IllegalArgumentException("a rejection needs at least one problem");
      problems = List.copyOf(problems);
    }
  }
}
