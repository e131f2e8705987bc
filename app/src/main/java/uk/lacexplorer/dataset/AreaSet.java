package uk.lacexplorer.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;

/** The areas and name aliases the dataset knows, built from the ONS lookups in the raw folder. */
public record AreaSet(List<Area> areas, Map<String, AreaCode> aliases) {
  public AreaSet {
    areas = List.copyOf(areas);
    aliases = Map.copyOf(aliases);
  }

  static AreaSet fromRaw(Path raw) {
    throw new UnsupportedOperationException("area building from the raw lookups is not written yet");
  }
}
