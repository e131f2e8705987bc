package uk.lacexplorer.imports.census;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.imports.read.Problems;

/**
 * The land area (km²) of each feature of a GeoJSON boundary file with a {@code code} property (the ONS boundaries as
 * written by {@code scripts}' source, clipped to the coastline): Polygon and MultiPolygon geometries. A feature without
 * a code, or with another geometry or a ring that is not pairs of numbers, is a problem naming the feature's position.
 */
final class Boundaries {
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private Boundaries() {
  }

  static Map<String, Double> areasKm2(Path file, Problems problems) {
    Map<String, Double> areas = new LinkedHashMap<>();
    JsonNode root;
    try {
      root = JSON.readTree(new String(uk.lacexplorer.imports.read.FileBytes.read(file), java.nio.charset.StandardCharsets.UTF_8));
    } catch (JacksonException e) {
      problems.addFile("import.geojson.invalid", e.getMessage().lines().findFirst().orElse(""));
      return areas;
    }
    JsonNode features = root.path("features");
    if (!features.isArray() || features.isEmpty()) {
      problems.addFile("import.geojson.noFeatures");
      return areas;
    }
    for (int i = 0; i < features.size(); i++) {
      JsonNode feature = features.get(i);
      long position = i + 1;
      String code = feature.path("properties").path("code").asString("");
      if (code.isBlank()) {
        problems.add(position, "properties.code", "", "import.geojson.noCode", position);
        continue;
      }
      JsonNode geometry = feature.path("geometry");
      String type = geometry.path("type").asString("");
      JsonNode coordinates = geometry.path("coordinates");
      double area = 0;
      try {
        if (type.equals("Polygon")) area = EqualArea.polygonKm2(rings(coordinates));
        else if (type.equals("MultiPolygon")) {
          for (JsonNode polygon : coordinates) area += EqualArea.polygonKm2(rings(polygon));
        } else {
          problems.add(position, "geometry.type", type, "import.geojson.notPolygon", code);
          continue;
        }
      } catch (BadPoint e) {
        problems.add(position, "geometry.coordinates", code, e.key, code, e.point);
        continue;
      }
      if (areas.merge(code, area, Double::sum) != area) {
        problems.add(position, "properties.code", code, "import.geojson.codeTwice", code);
      }
    }
    return areas;
  }

  private static double[][][] rings(JsonNode polygon) {
    if (!polygon.isArray() || polygon.isEmpty()) throw new BadPoint("import.geojson.noRings", "");
    double[][][] rings = new double[polygon.size()][][];
    for (int r = 0; r < polygon.size(); r++) {
      JsonNode ring = polygon.get(r);
      rings[r] = new double[ring.size()][];
      for (int p = 0; p < ring.size(); p++) {
        JsonNode point = ring.get(p);
        if (!point.isArray() || point.size() < 2 || !point.get(0).isNumber() || !point.get(1).isNumber()) {
          throw new BadPoint("import.geojson.notPoint", point.toString());
        }
        double lon = point.get(0).asDouble();
        double lat = point.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
          throw new BadPoint("import.geojson.pointOutside", point.toString());
        }
        rings[r][p] = new double[] {lon, lat};
      }
    }
    return rings;
  }

  /** A polygon or point that is not GeoJSON longitude/latitude: the message key and the offending point. */
  private static final class BadPoint extends RuntimeException {
    private final String key;
    private final String point;

    BadPoint(String key, String point) {
      super(key, null, false, false);
      this.key = key;
      this.point = point;
    }
  }
}
