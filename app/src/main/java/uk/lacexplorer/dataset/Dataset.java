package uk.lacexplorer.dataset;

import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.observation.Source;

/** The curated dataset in memory: what {@code ./lacx dataset build} writes and what start-up loads. */
public record Dataset(List<Area> areas, Map<String, AreaCode> aliases, List<Source> sources, List<Observation> observations) {
  public Dataset {
    areas = List.copyOf(areas);
    aliases = Map.copyOf(aliases);
    sources = List.copyOf(sources);
    observations = List.copyOf(observations);
  }
}
