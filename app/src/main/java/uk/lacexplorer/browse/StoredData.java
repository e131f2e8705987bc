package uk.lacexplorer.browse;

import java.util.List;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/** Stored values of one measure with the sources they came from. */
public record StoredData(DataRequest request, Measure measure, List<Observation> observations, List<Source> sources) {
  public StoredData {
    observations = List.copyOf(observations);
    sources = List.copyOf(sources);
  }
}
