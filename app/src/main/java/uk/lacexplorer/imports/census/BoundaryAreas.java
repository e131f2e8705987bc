package uk.lacexplorer.imports.census;

import java.nio.file.Path;
import java.util.Map;
import uk.lacexplorer.imports.read.Problems;

/** The land area (km²) of each authority in a GeoJSON boundary file, as the density importer measures it. */
public final class BoundaryAreas {
  private BoundaryAreas() {
  }

  public static Map<String, Double> km2(Path geojson, Problems problems) {
    return Boundaries.areasKm2(geojson, problems);
  }
}
