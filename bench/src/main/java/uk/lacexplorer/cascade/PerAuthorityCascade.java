package uk.lacexplorer.cascade;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.lacexplorer.area.Area;
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
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.stats.funnel.Position;
import uk.lacexplorer.stats.proportion.ProportionLimits;
import uk.lacexplorer.stats.proportion.WilsonInterval;
import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * BENCHMARK ONLY — the cascade service as it was before one reading of each nation's tables served every authority
 * (main at 15b9e67, {@code CascadeService}), kept verbatim under another name so that {@code CascadeBench} can time
 * the old per-authority path against the new one in the same run and check that both give equal results.
 *
 * <p>The cascade of one authority: for each stage the count and rate per 10,000 (exact Poisson 95% interval), the
 * conversion from the stage before per 100 (Wilson 95% interval), the nation's value, the need-based neighbours'
 * median and range, the funnel position against the nation (exact Poisson limits for rates, binomial limits for
 * conversions), and the social-work resources beside them. A stage the loaded data do not hold is marked so, never
 * counted as zero.
 */
public final class PerAuthorityCascade {
  static final double PER = 10_000;
  static final double CONFIDENCE = 0.95;
  /** Need factors tried in turn for the neighbours, per nation: child deprivation first. */
  static final Map<Nation, List<String>> NEED_FACTORS = Map.of(
      Nation.ENGLAND, List.of("idaci_average_score", "imd_average_score", "children_low_income_pct"),
      Nation.WALES, List.of("wimd_share_lsoas_30pct_most_deprived", "children_low_income_pct", "lone_parent_households_pct"));

  private final CountTables counts;
  private final NeighbourService neighbourService;
  private final Function<StageKey, java.util.Optional<StageCounts>> stageCounts;

  /** Which stage table: the same for every authority of the nation that year. */
  record StageKey(Nation nation, int year, String measure) {
  }

  public PerAuthorityCascade(CountTables counts, NeighbourService neighbourService) {
    this(counts, neighbourService, java.util.function.UnaryOperator.identity());
  }

  /**
   * @param memo wraps the loading of one stage's table for a nation and year so that it can be kept (the application
   *     keeps it in its result cache: every authority of the nation reads the same tables)
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public PerAuthorityCascade(CountTables counts, NeighbourService neighbourService,
                        java.util.function.UnaryOperator<Function<Object, Object>> memo) {
    this.counts = counts;
    this.neighbourService = neighbourService;
    Function<Object, Object> load = key -> load((StageKey) key);
    Function<Object, Object> kept = memo.apply(load);
    this.stageCounts = key -> (java.util.Optional<StageCounts>) kept.apply(key);
  }

  private java.util.Optional<StageCounts> load(StageKey key) {
    try {
      return java.util.Optional.of(new StageCounts(counts.load(
          CountRequest.of(List.of(key.nation()), key.year()).withMeasure(new MeasureId(key.measure()))), key.nation()));
    } catch (UserError notLoaded) {
      // no authority of the nation has this stage in this year: the row says "not in the loaded data"
      return java.util.Optional.empty();
    }
  }

  private ObservationStore store() {
    return counts.store();
  }

  public CascadeResult run(CascadeRequest request) {
    Area area = store().areas().resolve(request.area(), request.year());
    if (!area.isLocalAuthority()) throw UserError.of("error.cascade.notAuthority", area.nameEn());
    int year = request.year() != null ? request.year() : latestYear(area);
    return run(request, area, year, true);
  }

  /** The cascade of one year without the neighbours (for the trend). */
  CascadeResult withoutNeighbours(Area area, int year) {
    return run(new CascadeRequest(area.code().value(), year, CascadeRequest.DEFAULT_K), area, year, false);
  }

  uk.lacexplorer.area.AreaRegistry areas() {
    return store().areas();
  }

  List<Integer> periods(String measure, Area area) {
    return store().periods(measure, List.of(area.code()));
  }

  private CascadeResult run(CascadeRequest request, Area area, int year, boolean withNeighbours) {
    Nation nation = area.nation();
    Map<String, StageCounts> stages = new HashMap<>();
    for (Stage stage : Stage.ALL) {
      if (!stage.counted()) continue;
      stageCounts.apply(new StageKey(nation, year, stage.measure())).ifPresent(table -> stages.put(stage.measure(), table));
    }
    if (stages.values().stream().noneMatch(counted -> counted.holds(area.code()))) {
      java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
      for (Stage stage : Stage.ALL) if (stage.counted()) years.addAll(periods(stage.measure(), area));
      throw UserError.of("error.cascade.noYear", area.nameEn(), year,
          uk.lacexplorer.rates.YearRanges.describe(List.copyOf(years)));
    }
    List<String> notes = new ArrayList<>();
    Peers peers = withNeighbours ? peers(area, year, request.k(), stages, notes) : Peers.none();
    List<CascadeFigure> figures = new ArrayList<>();
    for (Stage stage : Stage.ALL) {
      if (stage.counted()) {
        figures.add(rate(stage, area.code(), stages.get(stage.measure()), peers.codes()));
        if (stage.previous() != null) {
          figures.add(conversion(stage, area.code(), stages.get(stage.measure()), stages.get(stage.previous()), peers.codes()));
        }
      } else {
        figures.add(resource(stage, area, year, stages, peers.codes()));
      }
    }
    CascadeFigure departure = null;
    for (CascadeFigure figure : figures) {
      if (!figure.speaksForTheSystem()) continue;
      if (figure.departure() > 0 && (departure == null || figure.departure() > departure.departure())) departure = figure;
    }
    return new CascadeResult(request, area.code().value(), area.nameEn(), area.nameCy(), nation.id(), year,
        peers.factor(), peers.factorYear(), peers.neighbours(), figures, departure, notes);
  }

  private int latestYear(Area area) {
    int latest = -1;
    for (String measure : List.of(Stage.REFERRALS, Stage.LOOKED_AFTER)) {
      for (int period : store().periods(measure, List.of(area.code()))) latest = Math.max(latest, period);
    }
    if (latest < 0) throw UserError.of("error.cascade.noData", area.nameEn());
    return latest;
  }

  record Peers(String factor, Integer factorYear, List<CascadeResult.Neighbour> neighbours, List<AreaCode> codes) {
    static Peers none() {
      return new Peers(null, null, List.of(), List.of());
    }
  }

  /** The k nearest authorities on the first need factor that places this one, or none (with a note). */
  private Peers peers(Area area, int year, int k, Map<String, StageCounts> stages, List<String> notes) {
    String counted = stages.containsKey(Stage.LOOKED_AFTER) ? Stage.LOOKED_AFTER
        : stages.containsKey(Stage.REFERRALS) ? Stage.REFERRALS : null;
    if (counted != null) {
      for (String factor : NEED_FACTORS.get(area.nation())) {
        try {
          NeedRequest need = new NeedRequest(NationScope.of(area.nation()), year, new uk.lacexplorer.measure.MeasureId(counted), List.of(new uk.lacexplorer.measure.MeasureId(factor)), null, true);
          NeighbourSet set = neighbourService.neighbours(area.code().value(), need, k, MetricChoice.euclidean());
          List<CascadeResult.Neighbour> neighbours = new ArrayList<>();
          List<AreaCode> codes = new ArrayList<>();
          for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
            Area found = store().areas().get(neighbour.authority().code());
            neighbours.add(new CascadeResult.Neighbour(found.code().value(), found.nameEn(), found.nameCy()));
            codes.add(found.code());
          }
          return new Peers(factor, null, neighbours, codes);
        } catch (UserError notPlaced) {
          // the factor has no value for this authority (or too few others): try the next
        }
      }
    }
    notes.add("No need-based neighbours: no need factor (" + String.join(", ", NEED_FACTORS.get(area.nation()))
        + ") and count for " + area.nameEn() + " in " + year + ".");
    return Peers.none();
  }

  static CascadeFigure rate(Stage stage, AreaCode area, StageCounts counts, List<AreaCode> peers) {
    if (counts == null || !counts.holds(area)) return missing(stage, CascadeFigure.RATE, null, "not_in_loaded_data");
    Double count = counts.count(area);
    Double population = counts.population(area);
    double national = counts.nationRate() * PER;
    Spread spread = Spread.of(peers, code -> scaled(counts.rate(code), PER));
    if (count == null || population == null) {
      return new CascadeFigure(stage, CascadeFigure.RATE, null, count, counts.flag(area), population, null, null, null,
          national, spread.median(), spread.min(), spread.max(), spread.size(), null, null, null, null,
          count == null ? "suppressed" : "no_population");
    }
    Interval interval = PoissonInterval.EXACT.forRate(count, population, PER, CONFIDENCE);
    double value = count / population * PER;
    String position = counts.pooledRate() > 0
        ? Position.of(count / population, LimitMethod.EXACT.at(counts.pooledRate(), population)).id() : null;
    return withRatio(new CascadeFigure(stage, CascadeFigure.RATE, null, count, counts.flag(area), population, value,
        interval.lower(), interval.upper(), national, spread.median(), spread.min(), spread.max(), spread.size(),
        position, null, null, null, "ok"));
  }

  static CascadeFigure conversion(Stage stage, AreaCode area, StageCounts counts, StageCounts previous,
                                  List<AreaCode> peers) {
    String from = stage.previous();
    if (counts == null || previous == null || !counts.holds(area) || !previous.holds(area)) {
      return missing(stage, CascadeFigure.CONVERSION, from, "not_in_loaded_data");
    }
    Double national = nationalConversion(counts, previous);
    Spread spread = Spread.of(peers, code -> conversion(counts.count(code), previous.count(code)));
    Double count = counts.count(area);
    Double base = previous.count(area);
    if (count == null || base == null || base == 0) {
      return new CascadeFigure(stage, CascadeFigure.CONVERSION, from, count, counts.flag(area), base, null, null, null,
          national, spread.median(), spread.min(), spread.max(), spread.size(), null, null, null, null, "suppressed");
    }
    double value = count / base * 100;
    if (count > base) {
      return new CascadeFigure(stage, CascadeFigure.CONVERSION, from, count, counts.flag(area), base, value, null, null,
          national, spread.median(), spread.min(), spread.max(), spread.size(), null, null, null, null, "not_a_subset");
    }
    Interval interval = WilsonInterval.of(count, base, CONFIDENCE);
    double pooled = counts.pooledConversion(previous);
    String position = !(pooled > 0 && pooled < 1) ? null : Position.of(count / base, ProportionLimits.at(pooled, base)).id();
    return withRatio(new CascadeFigure(stage, CascadeFigure.CONVERSION, from, count, counts.flag(area), base, value,
        interval.lower() * 100, interval.upper() * 100, national, spread.median(), spread.min(), spread.max(),
        spread.size(), position, null, null, null, "ok"));
  }

  /** The nation's own counts' ratio where both are published, else Σ over the authorities with both counts. */
  static Double nationalConversion(StageCounts counts, StageCounts previous) {
    if (counts.nationCount() != null && previous.nationCount() != null && previous.nationCount() > 0) {
      return counts.nationCount() / previous.nationCount() * 100;
    }
    return null;
  }

  private static Double conversion(Double count, Double base) {
    return count == null || base == null || base == 0 ? null : count / base * 100;
  }

  private CascadeFigure resource(Stage stage, Area area, int year, Map<String, StageCounts> stages, List<AreaCode> peers) {
    Function<AreaCode, Double> value;
    Double national;
    java.util.Optional<uk.lacexplorer.measure.DerivedMeasure> derived = uk.lacexplorer.measure.DerivedMeasure.of(stage.measure());
    if (derived.isPresent()) {
      Part top = part(derived.get().numerator(), area, year, stages);
      Part bottom = part(derived.get().denominator(), area, year, stages);
      if (top == null || bottom == null) return missing(stage, CascadeFigure.VALUE, null, "not_in_loaded_data");
      value = code -> derived.get().value(top.of().apply(code), bottom.of().apply(code));
      national = derived.get().value(top.national(), bottom.national());
    } else {
      Map<AreaCode, Double> values = values(stage.measure(), year);
      value = values::get;
      national = values.get(area.nation().countryCode());
    }
    Double own = value.apply(area.code());
    Spread spread = Spread.of(peers, value);
    return new CascadeFigure(stage, CascadeFigure.VALUE, null, null, "", null, own, null, null, national,
        spread.median(), spread.min(), spread.max(), spread.size(), null, null, null, null,
        own == null ? "not_in_loaded_data" : "ok");
  }

  private record Part(Function<AreaCode, Double> of, Double national) {
  }

  private Part part(String measure, Area area, int year, Map<String, StageCounts> stages) {
    if (stages.containsKey(measure)) {
      StageCounts stage = stages.get(measure);
      return new Part(stage::count, stage.nationCount());
    }
    if (measure.equals("population_0_17_dfe")) {
      StageCounts people = stages.getOrDefault(Stage.REFERRALS, stages.get(Stage.LOOKED_AFTER));
      return people == null ? null : new Part(people::population, people.nationPopulation());
    }
    Map<AreaCode, Double> values = values(measure, year);
    return values.isEmpty() ? null : new Part(values::get, values.get(area.nation().countryCode()));
  }

  private Map<AreaCode, Double> values(String measure, int year) {
    Map<AreaCode, Double> values = new HashMap<>();
    for (Observation observation : store().find(ObservationQuery.totals(measure).inPeriod(year))) {
      if (observation.value() != null) values.put(observation.area(), observation.value());
    }
    return values;
  }

  private static Double scaled(Double value, double factor) {
    return value == null ? null : value * factor;
  }

  private static CascadeFigure missing(Stage stage, String figure, String from, String status) {
    return new CascadeFigure(stage, figure, from, null, "", null, null, null, null, null, null, null, null, 0, null,
        null, null, null, status);
  }

  /** The figure with its ratio to the neighbours' median and that ratio's interval (the median taken as fixed). */
  private static CascadeFigure withRatio(CascadeFigure f) {
    if (f.neighboursMedian() == null || !(f.neighboursMedian() > 0) || f.value() == null || f.lower() == null) return f;
    double median = f.neighboursMedian();
    return new CascadeFigure(f.stage(), f.figure(), f.from(), f.count(), f.countFlag(), f.base(), f.value(), f.lower(),
        f.upper(), f.national(), f.neighboursMedian(), f.neighboursMin(), f.neighboursMax(), f.neighbours(),
        f.position(), f.value() / median, f.lower() / median, f.upper() / median, f.status());
  }

  /** The median, least and greatest of the neighbours' values (those they have). */
  record Spread(Double median, Double min, Double max, int size) {
    static Spread of(List<AreaCode> peers, Function<AreaCode, Double> value) {
      double[] values = peers.stream().map(value).filter(v -> v != null && Double.isFinite(v))
          .mapToDouble(Double::doubleValue).sorted().toArray();
      if (values.length == 0) return new Spread(null, null, null, 0);
      int n = values.length;
      double median = n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
      return new Spread(median, values[0], values[n - 1], n);
    }
  }
}
