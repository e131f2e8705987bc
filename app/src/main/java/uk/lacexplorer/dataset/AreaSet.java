package uk.lacexplorer.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.build.AreaSetBuilder;

/** The areas and name aliases the dataset knows, built from the ONS lookups in the raw folder. */
public record AreaSet(List<Area> areas, Map<String, AreaCode> aliases) {
  public AreaSet {
    areas = List.copyOf(areas);
    aliases = Map.copyOf(aliases);
  }

  /** Builds the areas from the ONS lookups under {@code raw} and the curated tables (see {@link AreaSetBuilder}). */
  static AreaSet fromRaw(Path raw) {
    AreaSetBuilder.BuiltAreas built = AreaSetBuilder.fromRaw(raw);
    return new AreaSet(built.areas(), built.aliases());
  }
}
