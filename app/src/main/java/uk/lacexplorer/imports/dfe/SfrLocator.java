package uk.lacexplorer.imports.dfe;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.imports.Problem;

/**
 * Finds the area of an SFR row from {@code geog_l} (NATIONAL/REGION/LA, or National/GOR/LA in 2010),
 * {@code New_geog_code} (2011 onwards), the old three-digit LA number {@code geog_c} and the name {@code geog_n}.
 * Inner and Outer London are sub-totals without a code of their own (they repeat London's E12000007) and are left out.
 */
final class SfrLocator {
  private static final Set<String> LONDON_PARTS = Set.of("inner london", "outer london");

  private final AreaRegistry registry;
  private final DfeAreas areas;
  private final String file;

  SfrLocator(AreaRegistry registry, String file) {
    this.registry = registry;
    this.areas = new DfeAreas(registry, file);
    this.file = file;
  }

  /** The area, or empty: with a problem added when it is unknown, without one when the row is a London sub-total. */
  Optional<SfrPlace> locate(DfeTable.Row row, int year, List<Problem> problems) {
    String code = row.get("New_geog_code");
    String number = row.get("geog_c");
    String name = row.get("geog_n");
    String levelText = row.get("geog_l");
    Optional<DfeLevel> level = levelText.isEmpty() ? inferLevel(code) : DfeLevel.parse(levelText);
    if (level.isEmpty()) {
      problems.add(Problem.at(file, row.line(), "geog_l", levelText, "import.level.unknownSfr"));
      return Optional.empty();
    }
    if (level.get() == DfeLevel.REGIONAL && LONDON_PARTS.contains(name.toLowerCase(Locale.ROOT))) return Optional.empty();
    if (level.get() == DfeLevel.LOCAL_AUTHORITY && !number.isEmpty()) {
      Optional<AreaCode> byNumber = DfeLaNumbers.code(number);
      if (code.isEmpty()) {
        if (byNumber.isEmpty()) {
          problems.add(Problem.at(file, row.line(), "geog_c", number, "import.sfr.unknownLaNumber"));
          return Optional.empty();
        }
        code = byNumber.get().value();
      } else if (byNumber.isPresent() && AreaCode.isCode(code)
          && !byNumber.get().value().equals(DfeAreas.RECODED.getOrDefault(code.toUpperCase(Locale.ROOT), code.toUpperCase(Locale.ROOT)))) {
        problems.add(Problem.at(file, row.line(), "New_geog_code", code, "import.sfr.numberMismatch", number,
            byNumber.get()));
        return Optional.empty();
      }
    }
    Optional<Area> area = areas.resolve(level.get(), code, "New_geog_code", name, "geog_n", year, row.line(), problems);
    return area.map(found -> new SfrPlace(level.get(), found));
  }

  /** A row without a level (one such row in the 2017 files): a local authority when its code is one. */
  private Optional<DfeLevel> inferLevel(String code) {
    if (!AreaCode.isCode(code)) return Optional.empty();
    String current = DfeAreas.RECODED.getOrDefault(AreaCode.parse(code).value(), AreaCode.parse(code).value());
    return registry.find(new AreaCode(current)).filter(Area::isLocalAuthority).map(area -> DfeLevel.LOCAL_AUTHORITY);
  }

  record SfrPlace(DfeLevel level, Area area) {
  }
}
