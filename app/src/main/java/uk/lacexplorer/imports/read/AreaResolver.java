package uk.lacexplorer.imports.read;

import java.util.Optional;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaRegistry;

/** Resolves names and codes in a file to known areas; an unknown one is a problem naming it, never a new area. */
public final class AreaResolver {
  private final AreaRegistry registry;
  private final Problems problems;

  public AreaResolver(AreaRegistry registry, Problems problems) {
    this.registry = registry;
    this.problems = problems;
  }

  public Optional<Area> resolve(String nameOrCode, Integer year, long line, String column) {
    Optional<Area> area = registry.match(nameOrCode, year);
    if (area.isEmpty()) {
      String given = nameOrCode == null ? "" : nameOrCode.strip();
      problems.add(line, column, given, "import.area.unknown", given);
    }
    return area;
  }
}
