package uk.lacexplorer.rates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.stats.rate.Interval;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * Rates per 10,000 children aged 0–17 for every authority of a nation and the nation itself, with 95% confidence
 * intervals (Byar's method, exact Poisson below 10) and ranks (1 = highest rate).
 */
public final class RateService {
  public static final String ONS_POPULATION = "population_0_17";
  public static final String DFE_POPULATION = "population_0_17_dfe";
  public static final double PER = 10_000;
  public static final double CONFIDENCE = 0.95;

  private final ObservationStore store;
  private final MeasureCatalogue measures;

  public RateService(ObservationStore store, MeasureCatalogue measures) {
    this.store = store;
    this.measures = measures;
  }

  /** The rates asked for; for both nations, every authority of both ranked together, then Wales and England. */
  public Rates run(RatesRequest request) {
    return new Rates(request, rates(request));
  }

  public List<RateRow> rates(RatesRequest request) {
    if (!request.both()) return rank(nationRows(request));
    List<RateRow> all = new ArrayList<>();
    for (Nation nation : request.nations()) all.addAll(nationRows(request.forNation(nation)));
    List<RateRow> ranked = new ArrayList<>(rank(all));
    // The nations' own rows in the order asked (Wales, then England).
    List<RateRow> nations = ranked.stream().filter(RateRow::nation).toList();
    ranked.removeAll(nations);
    for (Nation nation : request.nations()) {
      nations.stream().filter(row -> row.areaCode().equals(nation.countryCode())).forEach(ranked::add);
    }
    return ranked;
  }

  private List<RateRow> nationRows(RatesRequest request) {
    Nation nation = request.nation();
    Measure measure = rateMeasure(request.measure().value());
    AreaRegistry areas = store.areas();
    List<Observation> counts = counts(nation, measure.id(), request.year());
    if (counts.isEmpty()) {
      throw UserError.of("error.rates.noData", measure.id(), Arg.key("nation." + nation.id()), request.year(),
          describeYears(nation, measure.id()));
    }
    List<AreaCode> codes = counts.stream().map(Observation::area).toList();
    Denominators ons = Denominators.ons(store.find(ObservationQuery.totals(ONS_POPULATION).forAreas(codes)));
    Denominators dfe = Denominators.dfe(store.find(ObservationQuery.totals(DFE_POPULATION).forAreas(codes)));
    List<RateRow> rows = new ArrayList<>();
    for (Observation count : counts) {
      rows.add(row(areas.get(count.area()), request.year(), count, denominator(count.area(), request, nation, ons, dfe)));
    }
    return rows;
  }

  /** A rate with its interval for one count and population (null rate when either is missing). */
  public static RateRow row(Area area, int year, Observation count, Denominator denominator) {
    Double rate = null;
    Double lower = null;
    Double upper = null;
    if (count.value() != null && !denominator.isMissing()) {
      rate = count.value() / denominator.population() * PER;
      Interval interval = PoissonInterval.BYARS_EXACT_BELOW_10.forRate(count.value(), denominator.population(), PER, CONFIDENCE);
      lower = interval.lower();
      upper = interval.upper();
    }
    boolean isNation = area.type() == uk.lacexplorer.area.AreaType.NATION;
    return new RateRow(area.code(), area.nameEn(), area.nameCy(), year, count.value(), count.flags(), denominator,
        rate, lower, upper, null, isNation);
  }

  /** The population for one area's count: the request's policy and series, else the nation's standard. */
  static Denominator denominator(AreaCode area, RatesRequest request, Nation nation, Denominators ons, Denominators dfe) {
    DenominatorPolicy policy = request.policyFor(nation);
    PopulationSeries series = request.seriesFor(nation);
    // The standard's DfE series for an authority DfE gives none for (e.g. data imported without them): ONS, for all years.
    if (request.series() == null && series == PopulationSeries.DFE && !dfe.hasAny(area)) series = PopulationSeries.ONS;
    int year = request.year();
    return switch (series) {
      case ONS -> ons.pick(area, year, policy);
      case DFE -> dfe.pick(area, year, policy);
      case AUTO -> dfe.has(area, year) ? dfe.pick(area, year, DenominatorPolicy.EXACT) : ons.pick(area, year, policy);
    };
  }

  /** Ranks the authorities' rates, 1 = highest; equal rates share the better rank; the nation row has none. */
  static List<RateRow> rank(List<RateRow> rows) {
    List<Double> sorted = rows.stream().filter(row -> !row.nation() && row.hasRate()).map(RateRow::rate)
        .sorted(Comparator.reverseOrder()).toList();
    List<RateRow> ranked = new ArrayList<>();
    for (RateRow row : rows) {
      Integer rank = !row.nation() && row.hasRate() ? sorted.indexOf(row.rate()) + 1 : null;
      ranked.add(new RateRow(row.areaCode(), row.areaName(), row.areaNameCy(), row.year(), row.count(), row.countFlags(),
          row.denominator(), row.rate(), row.lower(), row.upper(), rank, row.nation()));
    }
    // Authorities in code order, then the nation.
    ranked.sort(Comparator.comparing(RateRow::nation).thenComparing(RateRow::areaCode));
    return ranked;
  }

  /** Every year's rows of the nation from one read of each measure and of the populations (see {@link NationRates}). */
  public NationRates nationRates(Nation nation) {
    return new NationRates(store, nation);
  }

  public Measure rateMeasure(String id) {
    Measure measure = measures.get(id);
    if (!measure.hasDenominator()) throw UserError.of("error.rates.noPopulation", id);
    return measure;
  }

  /** Observations of the measure for the nation's authorities (in use that year) and the nation itself. */
  public List<Observation> counts(Nation nation, String measure, int year) {
    AreaRegistry areas = store.areas();
    Map<AreaCode, Area> wanted = new HashMap<>();
    for (Area area : areas.localAuthorities(nation)) wanted.put(area.code(), area);
    wanted.put(nation.countryCode(), areas.get(nation.countryCode()));
    return store.find(ObservationQuery.totals(measure).inPeriod(year)).stream()
        .filter(o -> wanted.containsKey(o.area()))
        .toList();
  }

  /** "years with data are 2003–2018" or "there is no data for it yet", in the reader's language. */
  public Arg describeYears(Nation nation, String measure) {
    List<Integer> years = years(nation, measure);
    return years.isEmpty() ? Arg.key("rates.noDataStored") : Arg.words("rates.yearsWithData", YearRanges.describe(years));
  }

  /** The years with a value of the measure for the nation's local authorities, oldest first. */
  public List<Integer> years(Nation nation, String measure) {
    List<AreaCode> codes = store.areas().localAuthorities(nation).stream().map(Area::code).toList();
    return codes.isEmpty() ? List.of() : store.periods(measure, codes).stream().sorted().toList();
  }

}
