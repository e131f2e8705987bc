package uk.lacexplorer.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;

/**
 * Every known area, found by code or by name. Name matching is explicit: a name matches when, after
 * {@link AreaNames#normalise normalising} case and spacing, it equals an area's English or Welsh name or an entry of
 * the alias table; a bilingual "English / Cymraeg" label matches when one half does. An unknown name is an error,
 * never a new area. Immutable and thread-safe.
 */
public final class AreaRegistry {
  private final Map<AreaCode, Area> byCode = new LinkedHashMap<>();
  private final Map<String, List<Area>> byName = new HashMap<>();

  public AreaRegistry(Collection<Area> areas, Map<String, AreaCode> aliases) {
    areas.stream().sorted(Comparator.comparing(Area::code)).forEach(area -> {
      if (byCode.put(area.code(), area) != null) throw new IllegalArgumentException("duplicate area " + area.code());
      index(area.nameEn(), area);
      index(area.nameCy(), area);
    });
    aliases.forEach((alias, code) -> {
      Area area = byCode.get(code);
      if (area == null) throw new IllegalArgumentException("alias '" + alias + "' names unknown code " + code);
      index(alias, area);
    });
  }

  private void index(String name, Area area) {
    List<Area> list = byName.computeIfAbsent(AreaNames.normalise(name), key -> new ArrayList<>());
    if (!list.contains(area)) list.add(area);
  }

  public Collection<Area> all() {
    return byCode.values();
  }

  public Optional<Area> find(AreaCode code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public Area get(AreaCode code) {
    Area area = byCode.get(code);
    if (area == null) throw UserError.of("error.area.unknownCode", code);
    return area;
  }

  /** Local authorities of a nation in use in the given year (ending 31 March), in code order. */
  public List<Area> localAuthorities(Nation nation, int year) {
    return byCode.values().stream()
        .filter(area -> area.nation() == nation && area.isLocalAuthority() && area.validIn(year))
        .toList();
  }

  public List<Area> localAuthorities(Nation nation) {
    return byCode.values().stream().filter(area -> area.nation() == nation && area.isLocalAuthority()).toList();
  }

  /**
   * Finds the area a name or code stands for, in use in {@code year} when the name is shared by successive areas
   * (Dorset county before 2019, Dorset unitary after). {@code year} may be null when any year will do.
   */
  public Optional<Area> match(String nameOrCode, Integer year) {
    if (nameOrCode == null || nameOrCode.isBlank()) return Optional.empty();
    if (AreaCode.isCode(nameOrCode)) {
      // An old code of an area that kept its boundaries (Gateshead E08000020) is an alias of the current code.
      Optional<Area> byCode = find(AreaCode.parse(nameOrCode));
      if (byCode.isPresent()) return byCode;
    }
    List<Area> candidates = byName.get(AreaNames.normalise(nameOrCode));
    if (candidates == null && nameOrCode.contains("/")) {
      for (String half : nameOrCode.split("/")) {
        candidates = byName.get(AreaNames.normalise(half));
        if (candidates != null) break;
      }
    }
    if (candidates == null) return Optional.empty();
    if (candidates.size() == 1) return Optional.of(candidates.get(0));
    List<Area> inYear = year == null ? candidates : candidates.stream().filter(area -> area.validIn(year)).toList();
    if (inYear.size() == 1) return Optional.of(inYear.get(0));
    // Prefer the current area when the year does not decide.
    return inYear.stream().filter(area -> area.validTo() == null).findFirst();
  }

  /** Like {@link #match} but an unknown name is a {@link UserError} naming the value. */
  public Area resolve(String nameOrCode, Integer year) {
    return match(nameOrCode, year).orElseThrow(() -> UserError.of(
        "error.area.unknownName", nameOrCode == null ? "" : nameOrCode.strip()));
  }
}
