package uk.lacexplorer.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.stats.projection.Fan;
import uk.lacexplorer.stats.projection.Projection;
import uk.lacexplorer.store.ObservationStore;

/**
 * Projects an authority's number of children looked after from its latest published stock, calibrated on the
 * last three years ({@link Calibration}), with the population of each projected year from {@link NationSeries}.
 * Thread-safe when the store is.
 */
public final class ProjectionService {
  /** At least this many neighbours with calibrated flows for their median to stand in for the authority's rates. */
  public static final int MIN_NEIGHBOURS = 3;
  private final ObservationStore store;
  private final BacktestService backtest;
  private final Neighbours neighbours;

  /** An authority's need-based statistical neighbours in a year (its own nation), nearest first. */
  @FunctionalInterface
  public interface Neighbours {
    List<AreaCode> of(AreaCode area, int year);
  }

  /**
   * The counts of the cascade's flow stages of an authority in a year ending 31 March, referral first (a stage the
   * data do not hold is absent), as {@code ./lacx cascade} has them.
   */
  @FunctionalInterface
  public interface StageCounts {
    java.util.Map<String, Double> of(AreaCode area, int year);
  }

  private final StageCounts stages;

  public ProjectionService(ObservationStore store) {
    this(store, (area, year) -> List.of(), (area, year) -> java.util.Map.of());
  }

  public ProjectionService(ObservationStore store, Neighbours neighbours) {
    this(store, neighbours, (area, year) -> java.util.Map.of());
  }

  public ProjectionService(ObservationStore store, Neighbours neighbours, StageCounts stages) {
    this.store = store;
    this.backtest = new BacktestService(store);
    this.neighbours = neighbours;
    this.stages = stages;
  }

  /** The rolling-origin backtest of this model. */
  public BacktestService backtest() {
    return backtest;
  }

  public ObservationStore store() {
    return store;
  }

  public ProjectionResult run(ProjectionRequest request) {
    Area area = store.areas().resolve(request.area(), null);
    if (!area.isLocalAuthority() || (area.nation() != Nation.WALES && area.nation() != Nation.ENGLAND)) {
      throw UserError.of("error.projection.notAuthority", area.nameEn());
    }
    NationSeries data = NationSeries.load(store, area.nation());
    NationSeries england = area.nation() == Nation.ENGLAND ? data : NationSeries.load(store, Nation.ENGLAND);
    return run(area, data, england, new Dynamics.Estimator(data, england), request);
  }

  /**
   * The baseline projection of every current authority of both nations that the data can project, Wales first: the
   * same answers as {@link #run} one at a time, with each nation's series read and its dynamics learnt once.
   */
  public List<ProjectionResult> runAll(int horizon) {
    NationSeries england = NationSeries.load(store, Nation.ENGLAND);
    List<ProjectionResult> results = new ArrayList<>();
    for (Nation nation : List.of(Nation.WALES, Nation.ENGLAND)) {
      NationSeries data = nation == Nation.ENGLAND ? england : NationSeries.load(store, nation);
      Dynamics.Estimator dynamics = new Dynamics.Estimator(data, england);
      List<Area> areas = store.areas().localAuthorities(nation).stream().filter(area -> area.validTo() == null).toList();
      // the authorities are independent (each simulation has its own seeded generator): projected in parallel
      results.addAll(areas.parallelStream().map(area -> {
        try {
          return run(area, data, england, dynamics, new ProjectionRequest(area.code().value(), horizon, Scenario.NONE));
        } catch (UserError cannot) {
          return null; // too little history or no population: left out, as a single projection would refuse it
        }
      }).filter(java.util.Objects::nonNull).toList());
    }
    return results;
  }

  private ProjectionResult run(Area area, NationSeries data, NationSeries england, Dynamics.Estimator dynamics,
                               ProjectionRequest request) {
    var stock = data.series(NationSeries.STOCK, area.code());
    if (stock.isEmpty()) throw UserError.of("error.projection.noStock", area.nameEn());
    // the latest year with a stock and enough history before it
    UserError last = null;
    for (int origin : stock.descendingKeySet()) {
      try {
        Calibration own = Calibration.of(data, area.code(), origin, england);
        ProjectionResult.NeighbourMedian median = null;
        Scenario scenario = request.scenario();
        ProjectionResult.StageChain chain = scenario.changesStage() ? chain(area, origin, scenario) : null;
        double stageFactor = chain == null ? 1 : 1 + scenario.stageChangePct() / 100;
        if (scenario.match() != Scenario.Match.NONE) {
          median = median(area, data, england, origin, own, scenario.match());
          scenario = scenario.withFactors(stageFactor * (scenario.match().entry()
                  ? median.entryRatePer10k() / own.history().entryRatePer10k() : 1),
              scenario.match().exit() ? median.exitProbability() / own.history().exitProbability() : 1);
        } else if (chain != null) {
          scenario = scenario.withFactors(stageFactor, 1);
        }
        return project(area, data, england, origin, request, scenario, median, dynamics.at(origin), chain);
      } catch (UserError e) {
        if (last == null) last = e;
      }
    }
    throw last;
  }

  /**
   * The centre of the baseline is the damped model ({@link Dynamics}); its spread is the simulated model's, moved to
   * that centre. A scenario is moved by the same amount, so its difference from the baseline is the model's own,
   * undamped: the damping corrects the baseline's drift, not the effect of a change in the flows.
   */
  static ProjectionResult project(Area area, NationSeries data, NationSeries england, int origin, ProjectionRequest request,
                                  Dynamics dynamics) {
    return project(area, data, england, origin, request, request.scenario(), null, dynamics, null);
  }

  /**
   * A change at an earlier stage carried through the authority's conversions as measured in the origin's year: each
   * later stage's count, and the starts to be looked after, change by the same share while every conversion (per 100
   * of the stage before) stays as published. Refused when the stage's count is not published for that year.
   */
  private ProjectionResult.StageChain chain(Area area, int year, Scenario scenario) {
    java.util.Map<String, Double> counts = stages.of(area.code(), year);
    Double at = counts.get(scenario.stage());
    if (at == null) throw UserError.of("error.projection.stageNotPublished", area.nameEn(), scenario.stage(), year);
    List<String> order = new ArrayList<>(Scenario.STAGES);
    order.add("children_started_looked_after");
    double factor = 1 + scenario.stageChangePct() / 100;
    List<ProjectionResult.StageRow> rows = new ArrayList<>();
    Double previous = null;
    for (String stage : order.subList(order.indexOf(scenario.stage()), order.size())) {
      Double count = counts.get(stage);
      Double conversion = count == null || previous == null || previous <= 0 ? null : 100 * count / previous;
      rows.add(new ProjectionResult.StageRow(stage, count, conversion, count == null ? null : count * factor));
      previous = count;
    }
    return new ProjectionResult.StageChain(scenario.stage(), scenario.stageChangePct(), year, rows);
  }

  /**
   * The neighbours' median entry rate and exit probability, each calibrated as the authority's own is (the same
   * window to the same origin); refused unless at least {@link #MIN_NEIGHBOURS} neighbours can be calibrated.
   */
  private ProjectionResult.NeighbourMedian median(Area area, NationSeries data, NationSeries england, int origin,
                                                  Calibration own, Scenario.Match match) {
    List<String> codes = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> namesCy = new ArrayList<>();
    List<Double> entry = new ArrayList<>();
    List<Double> exit = new ArrayList<>();
    for (AreaCode code : neighbours.of(area.code(), origin)) {
      Calibration calibration;
      try {
        calibration = Calibration.of(data, code, origin, england);
      } catch (UserError cannot) {
        continue;
      }
      Area neighbour = store.areas().get(code);
      codes.add(code.value());
      names.add(neighbour.nameEn());
      namesCy.add(neighbour.nameCy());
      entry.add(calibration.history().entryRatePer10k());
      exit.add(calibration.history().exitProbability());
    }
    if (codes.size() < MIN_NEIGHBOURS) {
      throw UserError.of("error.projection.noNeighbours", area.nameEn(), MIN_NEIGHBOURS, origin, codes.size());
    }
    return new ProjectionResult.NeighbourMedian(match.id(), codes, names, namesCy, median(entry), median(exit),
        own.history().entryRatePer10k(), own.history().exitProbability());
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static ProjectionResult project(Area area, NationSeries data, NationSeries england, int origin, ProjectionRequest request,
                                  Scenario scenario, ProjectionResult.NeighbourMedian median, Dynamics dynamics,
                                  ProjectionResult.StageChain chain) {
    Calibration calibration = Calibration.of(data, area.code(), origin, england);
    double start = data.get(NationSeries.STOCK, area.code(), origin);
    double[] population = population(data, area, origin, request.horizon());
    var history = calibration.history();
    double[] model = Projection.expected(history, start, population, 1, p -> p);
    double[] centre = Projection.damped(history, start, population, dynamics.damping());
    double[] shift = new double[centre.length];
    for (int t = 0; t < centre.length; t++) shift[t] = centre[t] - model[t];
    double[][] base = Projection.shifted(Projection.simulate(history, dynamics.drift(), start, population, 1, p -> p,
        Projection.SIMULATIONS, Projection.SEED), shift);
    List<Fan> baseFans = Projection.fans(base, centre);
    List<Fan> scenarioFans = null;
    List<Fan> differenceFans = null;
    if (scenario.changesFlows()) {
      DoubleUnaryOperator exit = p -> p * scenario.exitFactor();
      double[][] changed = Projection.shifted(Projection.simulate(history, dynamics.drift(), start, population,
          scenario.rateFactor(), exit, Projection.SIMULATIONS, Projection.SEED), shift);
      double[] expected = Projection.expected(history, start, population, scenario.rateFactor(), exit);
      for (int t = 0; t < expected.length; t++) expected[t] = Math.max(0, expected[t] + shift[t]);
      scenarioFans = Projection.fans(changed, expected);
      double[] expectedDifference = new double[expected.length];
      for (int t = 0; t < expected.length; t++) expectedDifference[t] = expected[t] - baseFans.get(t).expected();
      differenceFans = Projection.fans(Projection.difference(changed, base), expectedDifference);
    }
    List<ProjectionResult.Year> years = new ArrayList<>();
    for (int t = 0; t < population.length; t++) {
      years.add(new ProjectionResult.Year(origin + t + 1, population[t], band(baseFans.get(t)),
          scenarioFans == null ? null : band(scenarioFans.get(t)), differenceFans == null ? null : band(differenceFans.get(t))));
    }
    return new ProjectionResult(request, area.code().value(), area.nameEn(), area.nation().id(), origin, start,
        calibration.years(), calibration.inferred() ? "inferred" : "observed", calibration.history().entryRatePer10k(),
        calibration.history().exitProbability(), dynamics, years, history(data, area, origin), median, chain);
  }

  /** The published stock of up to ten years to the origin. */
  static List<ProjectionResult.Observed> history(NationSeries data, Area area, int origin) {
    var stock = data.series(NationSeries.STOCK, area.code()).subMap(origin - 9, true, origin, true);
    List<ProjectionResult.Observed> history = new ArrayList<>();
    stock.forEach((year, value) -> history.add(new ProjectionResult.Observed(year, value)));
    return history;
  }

  static double[] population(NationSeries data, Area area, int origin, int horizon) {
    double[] population = new double[horizon];
    for (int t = 0; t < horizon; t++) {
      Double value = data.population(area.code(), origin + t + 1);
      if (value == null) throw UserError.of("error.projection.noPopulation", area.nameEn());
      population[t] = Math.round(value);
    }
    return population;
  }

  private static ProjectionResult.Band band(Fan fan) {
    return new ProjectionResult.Band(fan.expected(), fan.median(), fan.lower50(), fan.upper50(), fan.lower80(),
        fan.upper80(), fan.lower95(), fan.upper95());
  }
}
