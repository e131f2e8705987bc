package uk.lacexplorer.imports.dfe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.imports.Markers;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.observation.Observation;

/** Collects the observations read from one file; a second value for the same area, measure, period and breakdown is a problem. */
final class DfeObservations {
  private final String sourceId;
  private final String file;
  private final Map<Observation.Key, Long> lines = new HashMap<>();
  private final List<Observation> observations = new ArrayList<>();

  DfeObservations(String sourceId, String file) {
    this.sourceId = sourceId;
    this.file = file;
  }

  void add(AreaCode area, String measure, int period, String breakdown, Markers.Cell cell, long line, String column,
           List<Problem> problems) {
    Observation observation = new Observation(area, measure, period, breakdown, cell.value(), cell.flags(), sourceId);
    Long earlier = lines.putIfAbsent(observation.key(), line);
    if (earlier != null) {
      problems.add(Problem.at(file, line, column, cell.value() == null ? "" : DfeCells.format(cell.value()),
          "import.value.second", area + " " + measure + " " + period + (breakdown.isEmpty() ? "" : " " + breakdown),
          earlier));
      return;
    }
    observations.add(observation);
  }

  List<Observation> all() {
    return List.copyOf(observations);
  }

  int size() {
    return observations.size();
  }
}
