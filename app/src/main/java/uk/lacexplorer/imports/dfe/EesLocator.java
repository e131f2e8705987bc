package uk.lacexplorer.imports.dfe;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.Problem;

/**
 * Reads the columns every Explore Education Statistics file shares: {@code time_period}, {@code geographic_level}
 * and the codes and names of the country, region and local authority.
 */
final class EesLocator {
  static final String[] COLUMNS = {"time_period", "geographic_level", "country_code", "region_code", "region_name",
      "new_la_code", "la_name"};

  /** The GSS prefix of Inner London (E13000001) and Outer London (E13000002). */
  private static final String INNER_OUTER_LONDON = "E13";

  private final DfeAreas areas;
  private final String file;

  EesLocator(AreaRegistry registry, String file) {
    this.areas = new DfeAreas(registry, file);
    this.file = file;
  }

  /** Where and when a row is: the year ending 31 March, the level and the area. */
  record Place(int year, DfeLevel level, Area area) {
  }

  /**
   * The row's place; empty with a problem added when it cannot be found, empty without one for Inner and Outer
   * London (E13 codes), sub-regions that LAC Explorer leaves out as the SFR importers do.
   */
  Optional<Place> locate(DfeTable.Row row, List<Problem> problems) {
    OptionalInt year = DfeYears.yearEnding31March(row.get("time_period"));
    if (year.isEmpty()) {
      problems.add(Problem.at(file, row.line(), "time_period", row.get("time_period"), "import.year.notDfeYear"));
      return Optional.empty();
    }
    Optional<DfeLevel> level = DfeLevel.parse(row.get("geographic_level"));
    if (level.isEmpty()) {
      problems.add(Problem.at(file, row.line(), "geographic_level", row.get("geographic_level"), "import.level.unknownEes"));
      return Optional.empty();
    }
    if (level.get() == DfeLevel.REGIONAL && row.get("region_code").toUpperCase(java.util.Locale.ROOT).startsWith(INNER_OUTER_LONDON)) {
      return Optional.empty();
    }
    Optional<Area> area = switch (level.get()) {
      case NATIONAL -> areas.resolve(level.get(), row.get("country_code"), "country_code", "", "country_name",
          year.getAsInt(), row.line(), problems);
      case REGIONAL -> areas.resolve(level.get(), row.get("region_code"), "region_code", row.get("region_name"),
          "region_name", year.getAsInt(), row.line(), problems);
      case LOCAL_AUTHORITY -> areas.resolve(level.get(), row.get("new_la_code"), "new_la_code", row.get("la_name"),
          "la_name", year.getAsInt(), row.line(), problems);
    };
    return area.map(found -> new Place(year.getAsInt(), level.get(), found));
  }
}
