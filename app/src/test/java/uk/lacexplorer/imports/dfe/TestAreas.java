package uk.lacexplorer.imports.dfe;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.imports.ImportContext;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.measure.MeasureCatalogue;

/**
 * A small set of English areas for the DfE importer tests (until the real area set exists): England, three regions
 * and authorities that exercise the code changes (Gateshead recoded in 2013, Bournemouth before BCP, Northamptonshire
 * before its split).
 */
final class TestAreas {
  static final AreaCode ENGLAND = new AreaCode("E92000001");
  static final AreaCode NORTH_EAST = new AreaCode("E12000001");
  static final AreaCode LONDON = new AreaCode("E12000007");
  static final AreaCode SOUTH_WEST = new AreaCode("E12000009");
  static final AreaCode CITY_OF_LONDON = new AreaCode("E09000001");
  static final AreaCode CAMDEN = new AreaCode("E09000007");
  static final AreaCode GATESHEAD = new AreaCode("E08000037");
  static final AreaCode NORTHUMBERLAND = new AreaCode("E06000057");
  static final AreaCode SCILLY = new AreaCode("E06000053");
  static final AreaCode BOURNEMOUTH = new AreaCode("E06000028");
  static final AreaCode BCP = new AreaCode("E06000058");
  static final AreaCode NORTHAMPTONSHIRE = new AreaCode("E10000021");
  static final AreaCode NORTH_NORTHAMPTONSHIRE = new AreaCode("E06000061");

  private TestAreas() {
  }

  static AreaRegistry registry() {
    List<Area> areas = List.of(
        new Area(ENGLAND, "England", "Lloegr", Nation.ENGLAND, AreaType.NATION, null, null, List.of(), null),
        region(NORTH_EAST, "North East"),
        region(LONDON, "London"),
        region(SOUTH_WEST, "South West"),
        la(CITY_OF_LONDON, "City of London", LONDON, null, null),
        la(CAMDEN, "Camden", LONDON, null, null),
        la(GATESHEAD, "Gateshead", NORTH_EAST, null, null),
        la(NORTHUMBERLAND, "Northumberland", NORTH_EAST, null, null),
        la(SCILLY, "Isles of Scilly", SOUTH_WEST, null, null),
        new Area(BOURNEMOUTH, "Bournemouth", null, Nation.ENGLAND, AreaType.LOCAL_AUTHORITY, null, 2019, List.of(BCP), SOUTH_WEST),
        la(BCP, "Bournemouth, Christchurch and Poole", SOUTH_WEST, 2020, null),
        new Area(NORTHAMPTONSHIRE, "Northamptonshire", null, Nation.ENGLAND, AreaType.LOCAL_AUTHORITY, null, 2021,
            List.of(NORTH_NORTHAMPTONSHIRE), null),
        new Area(NORTH_NORTHAMPTONSHIRE, "North Northamptonshire", null, Nation.ENGLAND, AreaType.LOCAL_AUTHORITY, 2022,
            null, List.of(), null));
    return new AreaRegistry(areas, Map.of("Bristol, City of", CAMDEN));
  }

  private static Area region(AreaCode code, String name) {
    return new Area(code, name, null, Nation.ENGLAND, AreaType.REGION, null, null, List.of(), ENGLAND);
  }

  private static Area la(AreaCode code, String name, AreaCode region, Integer from, Integer to) {
    return new Area(code, name, null, Nation.ENGLAND, AreaType.LOCAL_AUTHORITY, from, to, List.of(), region);
  }

  static ImportContext context() {
    return context(Map.of());
  }

  static ImportContext context(Map<String, String> options) {
    return new ImportContext(registry(), MeasureCatalogue.standard(), options);
  }

  static Path fixture(String name) {
    try {
      return Path.of(TestAreas.class.getResource("/imports/dfe/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static ImportResult.Loaded loaded(ImportResult result) {
    if (result instanceof ImportResult.Rejected rejected) {
      throw new AssertionError("rejected: " + rejected.problems());
    }
    return (ImportResult.Loaded) result;
  }

  static ImportResult.Rejected rejected(ImportResult result) {
    if (result instanceof ImportResult.Loaded loaded) {
      throw new AssertionError("loaded " + loaded.observations().size() + " observations, expected a rejection");
    }
    return (ImportResult.Rejected) result;
  }
}
