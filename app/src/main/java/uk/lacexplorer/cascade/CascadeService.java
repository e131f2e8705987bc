package uk.lacexplorer.cascade;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.compare.CountTables;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.DerivedMeasure;
import uk.lacexplorer.need.NeighbourService;
import uk.lacexplorer.need.NeighbourSet;
import uk.lacexplorer.stats.funnel.LimitMethod;
import uk.lacexplorer.stats.funnel.Position;
import uk.lacexplorer.stats.proportion.ProportionLimits;
import uk.lacexplorer.stats.proportion.WilsonInterval;
import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.store.ObservationStore;

/**
 * The cascade of one authority: for each stage the count and rate per 10,000 (exact Poisson 95% interval), the
 * conversion from the stage before per 100 (Wilson 95% interval), the nation's value, the need-based neighbours'
 * median and range, the funnel position against the nation (exact Poisson limits for rates, binomial limits for
 * conversions), and the social-work resources beside them. A stage the loaded data do not hold is marked so, never
 * counted as zero.
 */
public final class CascadeService {
  static final double PER = 10_000;
  static final double CONFIDENCE = 0.95;
  /** The population a derived resource divides by (DfE's measure id); the cascade takes the stages' own. */
  static final String POPULATION = "population_0_17_dfe";
  /** Need factors tried in turn for the neighbours, per nation: child deprivation first. */
  static final Map<Nation, List<String>> NEED_FACTORS = Map.of(
      Nation.ENGLAND, List.of("idaci_average_score", "imd_average_score", "children_low_income_pct"),
      Nation.WALES, List.of("wimd_share_lsoas_30pct_most_deprived", "children_low_income_pct", "lone_parent_households_pct"));

  private final CountTables counts;
  private final Function<Nation, NationTables> nations;

  public CascadeService(CountTables counts, NeighbourService neighbourService) {
    this(counts, neighbourService, java.util.function.UnaryOperator.identity());
  }

  /**
   * @param memo wraps the reading of one nation's tables (every stage, year, resource and need table) so that it can
   *     be kept (the application keeps it in its result cache: every authority of the nation reads the same tables)
   */
  public CascadeService(CountTables counts, NeighbourService neighbourService,
                        java.util.function.UnaryOperator<Function<Object, Object>> memo) {
    this.counts = counts;
    Function<Object, Object> load = key -> new NationTables((Nation) key, counts, neighbourService);
    Function<Object, Object> kept = memo.apply(load);
    this.nations = key -> (NationTables) kept.apply(key);
  }

  private ObservationStore store() {
    return counts.store();
  }

  public CascadeResult run(CascadeRequest request) {
    Area area = store().areas().resolve(request.area(), request.year());
    if (!area.isLocalAuthority()) throw UserError.of("error.cascade.notAuthority", area.nameEn());
    int year = request.year() != null ? request.year() : latestYear(area);
    return run(request, area, year, nations.apply(area.nation()), true);
  }

  /** The cascade of each year without the neighbours (for the trend). */
  List<CascadeResult> withoutNeighbours(Area area, List<Integer> years) {
    NationTables tables = nations.apply(area.nation());
    List<CascadeResult> results = new ArrayList<>();
    for (int year : years) {
      results.add(run(new CascadeRequest(area.code().value(), year, CascadeRequest.DEFAULT_K), area, year, tables, false));
    }
    return results;
  }

  /**
   * The cascade of every authority of the nation with a stage in the year, in the registry's order, from one reading
   * of the nation's tables: each result equals {@link #run(CascadeRequest)} for that authority and year.
   */
  public List<CascadeResult> everyAuthority(Nation nation, int year, int k) {
    NationTables tables = nations.apply(nation);
    Map<String, StageCounts> stages = tables.stages(year);
    List<CascadeResult> results = new ArrayList<>();
    for (Area area : store().areas().localAuthorities(nation)) {
      if (stages.values().stream().anyMatch(counted -> counted.holds(area.code()))) {
        results.add(run(new CascadeRequest(area.code().value(), year, k), area, year, tables, true));
      }
    }
    return results;
  }

  /** The whole cascade: every authority of both nations in every year with a stage (see {@link #everyAuthority}). */
  public List<CascadeResult> everyAuthorityEveryYear(int k) {
    List<CascadeResult> results = new ArrayList<>();
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      for (int year : nations.apply(nation).years()) results.addAll(everyAuthority(nation, year, k));
    }
    return results;
  }

  uk.lacexplorer.area.AreaRegistry areas() {
    return store().areas();
  }

  List<Integer> periods(String measure, Area area) {
    return store().periods(measure, List.of(area.code()));
  }

  private CascadeResult run(CascadeRequest request, Area area, int year, NationTables tables, boolean withNeighbours) {
    Nation nation = area.nation();
    Map<String, StageCounts> stages = tables.stages(year);
    if (stages.values().stream().noneMatch(counted -> counted.holds(area.code()))) {
      java.util.TreeSet<Integer> years = new java.util.TreeSet<>();
      for (Stage stage : Stage.ALL) if (stage.counted()) years.addAll(periods(stage.measure(), area));
      throw UserError.of("error.cascade.noYear", area.nameEn(), year,
          uk.lacexplorer.rates.YearRanges.describe(List.copyOf(years)));
    }
    List<String> notes = new ArrayList<>();
    Peers peers = withNeighbours ? peers(area, year, request.k(), tables, notes) : Peers.none();
    List<CascadeFigure> figures = new ArrayList<>();
    for (Stage stage : Stage.ALL) {
      if (stage.counted()) {
        figures.add(rate(stage, area.code(), stages.get(stage.measure()), peers.codes(), tables::exact));
        if (stage.previous() != null) {
          figures.add(conversion(stage, area.code(), stages.get(stage.measure()), stages.get(stage.previous()), peers.codes()));
        }
      } else {
        figures.add(resource(stage, area, year, tables, peers.codes()));
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
  private Peers peers(Area area, int year, int k, NationTables tables, List<String> notes) {
    Map<String, StageCounts> stages = tables.stages(year);
    String counted = stages.containsKey(Stage.LOOKED_AFTER) ? Stage.LOOKED_AFTER
        : stages.containsKey(Stage.REFERRALS) ? Stage.REFERRALS : null;
    if (counted != null) {
      for (String factor : NEED_FACTORS.get(area.nation())) {
        NeighbourSet set = tables.neighbours(year, k, counted, factor).map(sets -> sets.get(area.code())).orElse(null);
        if (set == null) continue;  // the factor has no value for this authority (or too few others): try the next
        List<CascadeResult.Neighbour> neighbours = new ArrayList<>();
        List<AreaCode> codes = new ArrayList<>();
        for (NeighbourSet.Neighbour neighbour : set.neighbours()) {
          Area found = store().areas().get(neighbour.authority().code());
          neighbours.add(new CascadeResult.Neighbour(found.code().value(), found.nameEn(), found.nameCy()));
          codes.add(found.code());
        }
        return new Peers(factor, null, neighbours, codes);
      }
    }
    notes.add("No need-based neighbours: no need factor (" + String.join(", ", NEED_FACTORS.get(area.nation()))
        + ") and count for " + area.nameEn() + " in " + year + ".");
    return Peers.none();
  }

  static CascadeFigure rate(Stage stage, AreaCode area, StageCounts counts, List<AreaCode> peers) {
    return rate(stage, area, counts, peers, count -> PoissonInterval.EXACT.forCount(count, CONFIDENCE));
  }

  /** @param exact the exact Poisson 95% interval of a count (kept per count by the nation's tables) */
  static CascadeFigure rate(Stage stage, AreaCode area, StageCounts counts, List<AreaCode> peers,
                            Function<Double, Interval> exact) {
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
    // as PoissonInterval.forRate: the count's interval scaled by PER / population
    Interval interval = exact.apply(count).scaled(PER / population);
    double value = count / population * PER;
    String position = counts.pooledRate() > 0
        ? LimitMethod.EXACT.position(count / population, counts.pooledRate(), population).id() : null;
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

  private CascadeFigure resource(Stage stage, Area area, int year, NationTables tables, List<AreaCode> peers) {
    Function<AreaCode, Double> value;
    Double national;
    Optional<DerivedMeasure> derived = DerivedMeasure.of(stage.measure());
    if (derived.isPresent()) {
      Part top = part(derived.get().numerator(), area, year, tables);
      Part bottom = part(derived.get().denominator(), area, year, tables);
      if (top == null || bottom == null) return missing(stage, CascadeFigure.VALUE, null, "not_in_loaded_data");
      value = code -> derived.get().value(top.of().apply(code), bottom.of().apply(code));
      national = derived.get().value(top.national(), bottom.national());
    } else {
      Map<AreaCode, Double> values = tables.values(stage.measure(), year);
      value = values::get;
      national = values.get(area.nation().countryCode());
    }
    Double own = value.apply(area.code());
    Spread spread = Spread.of(peers, value);
    return new CascadeFigure(stage, CascadeFigure.VALUE, null, null, "", null, own, null, null, national,
        spread.median(), spread.min(), spread.max(), spread.size(), null, null, null, null,
        own == null ? "not_in_loaded_data" : "ok");
  }

  /** One side of a derived resource: every area's value and the nation's. */
  private record Part(Function<AreaCode, Double> of, Double national) {
  }

  /**
   * A derived resource's part in the year: a counted stage (children looked after) and the population of children as
   * the stages count them (the standard denominator, so that spend per child and social workers per 10,000 use the
   * population the rates use), any other measure as stored; null when the loaded data lack it.
   */
  private static Part part(String measure, Area area, int year, NationTables tables) {
    Map<String, StageCounts> stages = tables.stages(year);
    if (stages.containsKey(measure)) {
      StageCounts stage = stages.get(measure);
      return new Part(stage::count, stage.nationCount());
    }
    if (measure.equals(POPULATION)) {
      StageCounts people = stages.getOrDefault(Stage.REFERRALS, stages.get(Stage.LOOKED_AFTER));
      return people == null ? null : new Part(people::population, people.nationPopulation());
    }
    Map<AreaCode, Double> values = tables.values(measure, year);
    return values.isEmpty() ? null : new Part(values::get, values.get(area.nation().countryCode()));
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
