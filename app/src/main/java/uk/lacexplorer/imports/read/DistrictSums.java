package uk.lacexplorer.imports.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Flag;
import uk.lacexplorer.observation.Observation;

/**
 * Sums district (or small-area) counts to the upper-tier authorities that run children's services, in the
 * geography of the data's year, and to England and Wales. Districts of Scotland and Northern Ireland are skipped.
 * Not thread-safe.
 */
public final class DistrictSums {
  private final AreaRegistry registry;
  private final Optional<UpperTierLookup> lookup;
  private final int year;
  private final Problems problems;
  private final Map<AreaCode, Double> authorities = new TreeMap<>();
  private final Map<AreaCode, Double> nations = new TreeMap<>();

  public DistrictSums(AreaRegistry registry, Optional<UpperTierLookup> lookup, int year, Problems problems) {
    this.registry = registry;
    this.lookup = lookup;
    this.year = year;
    this.problems = problems;
  }

  /** True for codes of England and Wales (others, such as Scottish S12 codes, are outside LAC Explorer). */
  public static boolean inScope(String code) {
    return code.startsWith("E") || code.startsWith("W");
  }

  /** Adds a district's value to its authority (and nation); a district no lookup places is a problem. */
  public void addDistrict(String district, double value, long line, String column) {
    if (!inScope(district)) return;
    Optional<String> authority = year < FormerDistricts.FIRST_YEAR_AFTER ? FormerDistricts.get().byCode(district)
        : Optional.empty();
    if (authority.isEmpty()) authority = lookup.flatMap(found -> found.upperTierOf(district));
    if (authority.isEmpty() && registry.match(district, year).filter(Area::isLocalAuthority).isPresent()) {
      authority = Optional.of(district);
    }
    if (authority.isEmpty()) {
      problems.add(line, column, district, "import.district.notInLookup");
      return;
    }
    addAuthority(authority.get(), value, line, column, district);
  }

  /** Adds a value known to belong to an upper-tier authority (given by code or name). */
  public void addAuthority(String authority, double value, long line, String column, String nationHint) {
    Optional<Area> area = new AreaResolver(registry, problems).resolve(authority, year, line, column);
    if (area.isEmpty()) return;
    authorities.merge(area.get().code(), value, Double::sum);
    Nation nation = (nationHint.startsWith("W") ? Nation.WALES : nationHint.startsWith("E") ? Nation.ENGLAND : area.get().nation());
    nations.merge(nation.countryCode(), value, Double::sum);
  }

  public Map<AreaCode, Double> authorities() {
    return authorities;
  }

  public Map<AreaCode, Double> nations() {
    return nations;
  }

  /** One observation per authority and nation. */
  public List<Observation> observations(String measure, String breakdown, Set<Flag> flags, String sourceId) {
    List<Observation> observations = new ArrayList<>();
    authorities.forEach((code, value) -> observations.add(new Observation(code, measure, year, breakdown, value, flags, sourceId)));
    nations.forEach((code, value) -> observations.add(new Observation(code, measure, year, breakdown, value, flags, sourceId)));
    return observations;
  }
}
