package uk.lacexplorer.rates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * The rate rows of one nation for every year at once: the populations (ONS and DfE series) read once for all the
 * nation's areas, and each measure's counts read once for all years. Each year's rows are exactly those
 * {@link RateService#rates} gives for that year (a population is picked from the area's own series alone, so reading
 * it for more areas changes nothing). Thread-safe once built.
 */
public final class NationRates {
  private final Nation nation;
  private final ObservationStore store;
  private final Map<AreaCode, Area> wanted = new HashMap<>();
  private final Denominators ons;
  private final Denominators dfe;

  NationRates(ObservationStore store, Nation nation) {
    this.nation = nation;
    this.store = store;
    AreaRegistry areas = store.areas();
    for (Area area : areas.localAuthorities(nation)) wanted.put(area.code(), area);
    wanted.put(nation.countryCode(), areas.get(nation.countryCode()));
    List<AreaCode> codes = List.copyOf(wanted.keySet());
    ons = Denominators.ons(store.find(ObservationQuery.totals(RateService.ONS_POPULATION).forAreas(codes)));
    dfe = Denominators.dfe(store.find(ObservationQuery.totals(RateService.DFE_POPULATION).forAreas(codes)));
  }

  public Nation nation() {
    return nation;
  }

  /**
   * Each year's rows of a count measure (one with a population), by year; a year without a count for the nation is
   * absent (where {@link RateService#rates} would refuse it).
   */
  public Map<Integer, List<RateRow>> byYear(String measure, DenominatorPolicy policy, PopulationSeries series) {
    Map<Integer, List<Observation>> counts = new TreeMap<>();
    for (Observation observation : store.find(ObservationQuery.totals(measure))) {
      if (wanted.containsKey(observation.area())) {
        counts.computeIfAbsent(observation.period(), year -> new ArrayList<>()).add(observation);
      }
    }
    Map<Integer, List<RateRow>> byYear = new TreeMap<>();
    counts.forEach((year, observations) -> {
      RatesRequest request = new RatesRequest(nation, year, new uk.lacexplorer.measure.MeasureId(measure), policy, series);
      List<RateRow> rows = new ArrayList<>();
      for (Observation count : observations) {
        Area area = wanted.get(count.area());
        rows.add(RateService.row(area, year, count, RateService.denominator(count.area(), request, nation, ons, dfe)));
      }
      byYear.put(year, RateService.rank(rows));
    });
    return byYear;
  }
}
