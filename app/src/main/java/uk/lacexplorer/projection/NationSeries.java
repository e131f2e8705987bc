package uk.lacexplorer.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * The published series a projection reads for every authority of a nation (and the nation itself), by year:
 * stock at 31 March, started and ceased in the year ending 31 March, and the 0–17 population (mid-year estimates,
 * DfE's, then the latest projection, then the last known value carried forward).
 */
public final class NationSeries {
  static final String STOCK = "children_looked_after";
  static final String STARTED = "children_started_looked_after";
  static final String CEASED = "children_ceased_looked_after";
  private static final List<String> POPULATIONS = List.of("population_0_17", "population_0_17_dfe");
  private static final String PROJECTED = "population_0_17_projected";

  private final Nation nation;
  private final List<Area> authorities;
  private final Map<String, Map<AreaCode, TreeMap<Integer, Double>>> series = new HashMap<>();

  private NationSeries(Nation nation, List<Area> authorities) {
    this.nation = nation;
    this.authorities = authorities;
  }

  public static NationSeries load(ObservationStore store, Nation nation) {
    List<Area> authorities = store.areas().localAuthorities(nation);
    NationSeries loaded = new NationSeries(nation, authorities);
    List<AreaCode> codes = new java.util.ArrayList<>(authorities.stream().map(Area::code).toList());
    codes.add(nation.countryCode());
    for (String measure : List.of(STOCK, STARTED, CEASED, POPULATIONS.get(0), POPULATIONS.get(1))) {
      loaded.series.put(measure, byArea(store.find(ObservationQuery.totals(measure).forAreas(codes))));
    }
    List<Observation> projected = store.find(ObservationQuery.totals(PROJECTED).forAreas(codes).allBreakdowns());
    String latestBase = projected.stream().map(Observation::breakdown).max(String::compareTo).orElse("");
    loaded.series.put(PROJECTED, byArea(projected.stream().filter(o -> o.breakdown().equals(latestBase)).toList()));
    return loaded;
  }

  private static Map<AreaCode, TreeMap<Integer, Double>> byArea(List<Observation> observations) {
    return observations.stream().filter(o -> !o.isMissing()).collect(Collectors.groupingBy(Observation::area,
        Collectors.toMap(Observation::period, Observation::value, (a, b) -> a, TreeMap::new)));
  }

  /** True when any authority of the nation has published starts (the flows a calibration and a drift need). */
  public boolean hasFlows() {
    return authorities.stream().anyMatch(a -> !series(STARTED, a.code()).isEmpty());
  }

  public Nation nation() {
    return nation;
  }

  public List<Area> authorities() {
    return authorities;
  }

  /** The value of a measure for an area in a year, or null. */
  public Double get(String measure, AreaCode area, int year) {
    TreeMap<Integer, Double> values = series.getOrDefault(measure, Map.of()).get(area);
    return values == null ? null : values.get(year);
  }

  private Double observedPopulation(AreaCode area, int year) {
    for (String measure : POPULATIONS) {
      Double value = get(measure, area, year);
      if (value != null) return value;
    }
    return null;
  }

  public TreeMap<Integer, Double> series(String measure, AreaCode area) {
    return series.getOrDefault(measure, Map.of()).getOrDefault(area, new TreeMap<>());
  }

  /**
   * The 0–17 population in a year: observed (mid-year estimate, else DfE's); else the latest projection scaled to the
   * observed value of the nearest year both have (the latest earlier one, else the earliest later one), so projected
   * years continue the observed series; else the latest earlier value carried forward; null if none.
   */
  public Double population(AreaCode area, int year) {
    Double observed = observedPopulation(area, year);
    if (observed != null) return observed;
    Double projected = get(PROJECTED, area, year);
    if (projected != null) {
      TreeMap<Integer, Double> projection = series(PROJECTED, area);
      Integer anchor = null;
      for (int y : projection.headMap(year, false).descendingKeySet()) {
        if (observedPopulation(area, y) != null) {
          anchor = y;
          break;
        }
      }
      if (anchor == null) {
        for (int y : projection.tailMap(year, false).keySet()) {
          if (observedPopulation(area, y) != null) {
            anchor = y;
            break;
          }
        }
      }
      return anchor == null ? projected : observedPopulation(area, anchor) * projected / projection.get(anchor);
    }
    Map.Entry<Integer, Double> best = null;
    for (String measure : List.of(POPULATIONS.get(0), POPULATIONS.get(1), PROJECTED)) {
      Map.Entry<Integer, Double> entry = series(measure, area).floorEntry(year);
      if (entry != null && (best == null || entry.getKey() > best.getKey())) best = entry;
    }
    if (best != null) return best.getValue();
    Map.Entry<Integer, Double> first = series(POPULATIONS.get(0), area).firstEntry();
    return first == null ? null : first.getValue();
  }
}
