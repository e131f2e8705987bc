package uk.lacexplorer.imports.dfe;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.imports.Problem;

/**
 * Finds the area a DfE row is about: by its GSS code first, by its name only when the row gives no code. An unknown
 * code or name is a problem, never a new area. DfE's SFR files (2011–2017) still use the codes Gateshead and
 * Northumberland had before ONS recoded them in 2013 without a boundary change; those are read as the current codes.
 */
final class DfeAreas {
  /** Codes retired without a boundary change, and the codes that replaced them. */
  static final Map<String, String> RECODED = Map.of(
      "E08000020", "E08000037",  // Gateshead
      "E06000048", "E06000057"); // Northumberland

  private final AreaRegistry registry;
  private final String file;

  DfeAreas(AreaRegistry registry, String file) {
    this.registry = registry;
    this.file = file;
  }

  /**
   * The area for a row, or empty (with a problem added) when it cannot be found.
   *
   * @param code the GSS code given by the row ("" when none)
   * @param codeColumn the column the code came from, for the problem
   * @param name the name given by the row ("" when none)
   * @param nameColumn the column the name came from
   */
  Optional<Area> resolve(DfeLevel level, String code, String codeColumn, String name, String nameColumn,
                         int yearEnding31March, long line, List<Problem> problems) {
    String given = code == null ? "" : code.strip();
    if (given.isEmpty() && level == DfeLevel.NATIONAL) given = Nation.ENGLAND.countryCode().value();
    if (!given.isEmpty()) {
      if (!AreaCode.isCode(given)) {
        problems.add(Problem.at(file, line, codeColumn, given, "import.area.notGss"));
        return Optional.empty();
      }
      String current = RECODED.getOrDefault(AreaCode.parse(given).value(), AreaCode.parse(given).value());
      Optional<Area> area = registry.match(current, yearEnding31March);
      if (area.isEmpty()) {
        problems.add(Problem.at(file, line, codeColumn, given, "import.area.unknownCode"));
      }
      return area;
    }
    Optional<Area> area = registry.match(name, yearEnding31March);
    if (area.isEmpty()) {
      problems.add(Problem.at(file, line, nameColumn, name == null ? "" : name.strip(), "import.area.unknownName"));
    }
    return area;
  }
}
