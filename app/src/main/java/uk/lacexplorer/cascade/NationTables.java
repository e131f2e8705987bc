package uk.lacexplorer.cascade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.need.NeighbourService;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.NationRates;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.store.ObservationQuery;

/**
 * What the cascade reads for one nation, read once for every authority and year: each counted stage's table for every
 * year (one read of each measure and of the populations, as {@code ./lacx rates} chooses counts and populations), the
 * values of each resource measure by year, and per year the need-based neighbours of every authority (one need table
 * and one standardisation per year and factor, not one per authority). Thread-safe.
 */
final class NationTables {
  private final Nation nation;
  private final CountTables counts;
  private final NeighbourService neighbourService;
  /** measure → year → the nation's rate rows (nearest-year population, DfE's series where it has one). */
  private final Map<String, Map<Integer, List<RateRow>>> rows = new HashMap<>();
  /** year → measure → the stage's table, for the stages with one. */
  private final Map<Integer, Map<String, StageCounts>> stages = new TreeMap<>();
  private final Map<String, Map<Integer, Map<AreaCode, Double>>> values = new ConcurrentHashMap<>();
  private final Map<PeersKey, Optional<Map<AreaCode, NeighbourSet>>> peers = new ConcurrentHashMap<>();

  private record PeersKey(int year, int k, String counted, String factor) {
  }

  NationTables(Nation nation, CountTables counts, NeighbourService neighbourService) {
    this.nation = nation;
    this.counts = counts;
    this.neighbourService = neighbourService;
    NationRates rates = counts.nationRates(nation);
    for (Stage stage : Stage.ALL) {
      if (!stage.counted()) continue;
      Map<Integer, List<RateRow>> byYear = rates.byYear(stage.measure(), null, null);
      rows.put(stage.measure(), byYear);
      byYear.forEach((year, yearRows) -> {
        try {
          StageCounts table = new StageCounts(counts.fromRows(
              CountRequest.of(List.of(nation), year).withMeasure(new MeasureId(stage.measure())), yearRows), nation);
          stages.computeIfAbsent(year, y -> new HashMap<>()).put(stage.measure(), table);
        } catch (UserError notComparable) {
          // fewer than two authorities with a count, or all zero: "not in the loaded data", as for a missing year
        }
      });
    }
  }

  private final Map<Double, uk.lacexplorer.stats.rate.Interval> exact = new ConcurrentHashMap<>();

  /** The exact Poisson 95% interval of a count, computed once per count value (many stages and years share one). */
  uk.lacexplorer.stats.rate.Interval exact(Double count) {
    return exact.computeIfAbsent(count, c -> uk.lacexplorer.stats.rate.PoissonInterval.EXACT.forCount(c,
        CascadeService.CONFIDENCE));
  }

  Nation nation() {
    return nation;
  }

  /** The years in which some stage has a table. */
  TreeSet<Integer> years() {
    return new TreeSet<>(stages.keySet());
  }

  /** The stages' tables of one year, by measure (none for a year without data). */
  Map<String, StageCounts> stages(int year) {
    return stages.getOrDefault(year, Map.of());
  }

  /** Every area's value of a measure (totals) in the year, read once for all years. */
  Map<AreaCode, Double> values(String measure, int year) {
    return values.computeIfAbsent(measure, id -> {
      Map<Integer, Map<AreaCode, Double>> byYear = new HashMap<>();
      for (Observation observation : counts.store().find(ObservationQuery.totals(id))) {
        if (observation.value() != null) {
          byYear.computeIfAbsent(observation.period(), y -> new HashMap<>()).put(observation.area(), observation.value());
        }
      }
      return byYear;
    }).getOrDefault(year, Map.of());
  }

  /**
   * The k nearest authorities of every authority on one need factor in the year (euclidean, skipping authorities
   * without it), as {@link NeighbourService#neighbours} gives each; empty when the factor places none.
   */
  Optional<Map<AreaCode, NeighbourSet>> neighbours(int year, int k, String counted, String factor) {
    return peers.computeIfAbsent(new PeersKey(year, k, counted, factor), key -> {
      NeedRequest need = new NeedRequest(NationScope.of(nation), year, new MeasureId(counted),
          List.of(new MeasureId(factor)), null, true);
      try {
        return Optional.of(neighbourService.everyAuthority(neighbourService.tables().load(need, this::rateRows), k,
            MetricChoice.euclidean()));
      } catch (UserError notPlaced) {
        return Optional.empty();
      }
    });
  }

  /** The rows already read where the request is one of them, else as {@code ./lacx rates} reads them. */
  private List<RateRow> rateRows(RatesRequest request) {
    Map<Integer, List<RateRow>> byYear = rows.get(request.measure().value());
    if (request.nation() == nation && request.policy() == null
        && request.series() == null && byYear != null && byYear.containsKey(request.year())) {
      return byYear.get(request.year());
    }
    return counts.rateRows(request);
  }
}
