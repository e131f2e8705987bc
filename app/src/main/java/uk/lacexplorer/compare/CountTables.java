package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.store.ObservationStore;

/**
 * Loads {@link CountTable}s from the store through {@link RateService} (so counts and denominators are chosen exactly
 * as {@code ./lacx rates} chooses them), and rejects inputs no comparison can use, each with one line: a year without
 * data (from {@link RateService}), a measure without a population, fewer than two authorities with a count and a
 * population, or counts that are all zero. Thread-safe when the store is.
 */
public final class CountTables {
  private final ObservationStore store;
  private final RateService rates;

  private final java.util.function.UnaryOperator<java.util.function.Function<RatesRequest, List<RateRow>>> memo;

  public CountTables(ObservationStore store, MeasureCatalogue measures) {
    this(store, measures, java.util.function.UnaryOperator.identity());
  }

  /**
   * @param memo wraps the nation-wide rate rows of one year so that they can be kept (the web keeps them in its
   *     result cache: a trend for one authority reads the whole nation's rows for every year, the same for every
   *     authority, and computing them per request made {@code /api/v1/trend} time out under 100 connections)
   */
  public CountTables(ObservationStore store, MeasureCatalogue measures,
                     java.util.function.UnaryOperator<java.util.function.Function<RatesRequest, List<RateRow>>> memo) {
    this.memo = memo;
    this.store = store;
    this.rates = new RateService(store, measures);
  }

  public ObservationStore store() {
    return store;
  }

  public CountTable load(CountRequest request) {
    Measure measure = rates.rateMeasure(request.measure().value());
    List<AuthorityCount> authorities = new ArrayList<>();
    List<RateRow> nationRows = new ArrayList<>();
    List<RateRow> excluded = new ArrayList<>();
    for (Nation nation : request.nations()) {
      List<RateRow> rows;
      try {
        rows = rates.rates(new RatesRequest(nation, request.year(), new MeasureId(measure.id()), request.policy(),
            request.series()));
      } catch (UserError e) {
        if (request.nations().size() < 2) throw e;
        throw UserError.of(e, "error.counts.bothYear", Arg.option("nation"), Arg.words(e.key(), e.args().toArray()));
      }
      sort(rows, authorities, nationRows, excluded);
    }
    return table(request, measure, authorities, nationRows, excluded);
  }

  /**
   * The table of a one-nation request from rate rows already computed for it (as {@link uk.lacexplorer.rates.NationRates}
   * gives them): the same table, and the same refusals, as {@link #load}.
   */
  public CountTable fromRows(CountRequest request, List<RateRow> rows) {
    if (request.nations().size() != 1) throw new IllegalArgumentException("one nation's rows");
    Measure measure = rates.rateMeasure(request.measure().value());
    List<AuthorityCount> authorities = new ArrayList<>();
    List<RateRow> nationRows = new ArrayList<>();
    List<RateRow> excluded = new ArrayList<>();
    sort(rows, authorities, nationRows, excluded);
    return table(request, measure, authorities, nationRows, excluded);
  }

  /** The rate rows of one nation and year, as {@code ./lacx rates} gives them. */
  public List<RateRow> rateRows(RatesRequest request) {
    return rates.rates(request);
  }

  /** Every year's rate rows of one nation, read once (for analyses that visit every year and authority). */
  public uk.lacexplorer.rates.NationRates nationRates(Nation nation) {
    return rates.nationRates(nation);
  }

  private void sort(List<RateRow> rows, List<AuthorityCount> authorities, List<RateRow> nationRows,
                    List<RateRow> excluded) {
    AreaRegistry areas = store.areas();
    for (RateRow row : rows) {
      if (row.nation()) {
        nationRows.add(row);
      } else if (row.count() != null && !row.denominator().isMissing()) {
        authorities.add(new AuthorityCount(areas.get(row.areaCode()), row.count(), row.countFlags(), row.denominator()));
      } else {
        excluded.add(row);
      }
    }
  }

  private static CountTable table(CountRequest request, Measure measure, List<AuthorityCount> authorities,
                                  List<RateRow> nationRows, List<RateRow> excluded) {
    Arg where = Arg.key(request.nations().size() > 1 ? "nation.both" : "nation." + request.nations().get(0).id());
    if (authorities.size() < 2) {
      throw UserError.of(authorities.size() == 1 ? "error.counts.onlyOne" : "error.counts.tooFew", measure.id(), where,
          request.year(), authorities.size());
    }
    if (authorities.stream().allMatch(authority -> authority.count() == 0)) {
      throw UserError.of("error.counts.allZero", measure.id(), where, request.year());
    }
    return new CountTable(request, measure, authorities, nationRows, excluded);
  }

  /**
   * Every year the store has the measure for the authority, with its count, population and its nation's rate, oldest
   * first. Rejects a measure without a population, and an authority with no data for the measure.
   */
  public List<AreaYear> series(Area area, String measureId, DenominatorPolicy policy, PopulationSeries series) {
    List<AreaYear> years = seriesByArea(area.nation(), List.of(area.code()), measureId, policy, series)
        .getOrDefault(area.code(), List.of());
    if (years.isEmpty()) {
      throw UserError.of("error.counts.noSeries", measureId, area.nameEn(), rates.describeYears(area.nation(), measureId));
    }
    return years;
  }

  /** {@link #series} for every authority of a nation that has the measure, by area code. */
  public Map<AreaCode, List<AreaYear>> seriesByArea(Nation nation, String measureId, DenominatorPolicy policy,
                                                    PopulationSeries series) {
    List<AreaCode> codes = store.areas().localAuthorities(nation).stream().map(Area::code).toList();
    Map<AreaCode, List<AreaYear>> byArea = seriesByArea(nation, codes, measureId, policy, series);
    if (byArea.isEmpty()) {
      throw UserError.of("error.counts.noSeries", measureId, Arg.key("nation." + nation.id()),
          rates.describeYears(nation, measureId));
    }
    return byArea;
  }

  private Map<AreaCode, List<AreaYear>> seriesByArea(Nation nation, Collection<AreaCode> wanted, String measureId,
                                                     DenominatorPolicy policy, PopulationSeries series) {
    Measure measure = rates.rateMeasure(measureId);
    Map<AreaCode, List<AreaYear>> byArea = new TreeMap<>();
    if (wanted.isEmpty()) return byArea;
    Set<AreaCode> wantedSet = new HashSet<>(wanted);
    for (int year : store.periods(measure.id(), wanted)) {
      List<RateRow> rows = memo.apply(rates::rates)
          .apply(new RatesRequest(nation, year, new MeasureId(measure.id()), policy, series));
      Double nationRate = nationRate(rows);
      for (RateRow row : rows) {
        if (row.nation() || !wantedSet.contains(row.areaCode())) continue;
        byArea.computeIfAbsent(row.areaCode(), key -> new ArrayList<>())
            .add(new AreaYear(year, row.count(), row.countFlags(), row.denominator(), nationRate));
      }
    }
    return byArea;
  }

  /** The nation row's rate, else Σ counts / Σ populations of the authorities with both. */
  static Double nationRate(List<RateRow> rows) {
    for (RateRow row : rows) {
      if (row.nation() && row.hasRate()) return row.rate();
    }
    double count = 0;
    double population = 0;
    for (RateRow row : rows) {
      if (!row.nation() && row.hasRate()) {
        count += row.count();
        population += row.denominator().population();
      }
    }
    return population > 0 ? count / population * RateService.PER : null;
  }
}
