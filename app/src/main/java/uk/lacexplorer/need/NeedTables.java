package uk.lacexplorer.need;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.measure.MeasureCatalogue;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.rates.YearRanges;
import uk.lacexplorer.store.ObservationQuery;
import uk.lacexplorer.store.ObservationStore;

/**
 * Builds {@link NeedTable}s from the store: counts and populations as the rates command finds them (population of the
 * nearest year when the count's year has none), and covariates for the requested period. Refuses, with one line, a
 * within-nation deprivation index across both nations and covariates missing for some authorities (naming them).
 */
public final class NeedTables {
  private final ObservationStore store;
  private final MeasureCatalogue measures;
  private final RateService rates;

  public NeedTables(ObservationStore store, MeasureCatalogue measures) {
    this.store = store;
    this.measures = measures;
    this.rates = new RateService(store, measures);
  }

  public ObservationStore store() {
    return store;
  }

  public MeasureCatalogue measures() {
    return measures;
  }

  public NeedTable load(NeedRequest request) {
    return load(request, rates::rates);
  }

  /**
   * {@link #load(NeedRequest)} with the counts' rate rows from {@code rateRows} (rows already computed, as
   * {@link uk.lacexplorer.rates.NationRates} gives every year's at once); the same table and the same refusals.
   */
  public NeedTable load(NeedRequest request,
                        java.util.function.Function<RatesRequest, List<RateRow>> rateRows) {
    for (String covariate : request.covariateNames()) {
      measures.get(covariate);
      if (request.scope() == NationScope.BOTH) {
        WithinNationIndex.of(covariate).ifPresent(index -> {
          throw UserError.of("error.need.withinNation", covariate, index, Arg.option("nation"));
        });
      }
    }
    List<String> notes = new ArrayList<>();
    List<RateRow> counted = counts(request, notes, rateRows);
    List<Integer> years = new ArrayList<>();
    List<Map<AreaCode, Double>> values = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (String covariate : request.covariateNames()) {
      Map<AreaCode, NavigableMap<Integer, Double>> series = series(covariate, counted.stream().map(RateRow::areaCode).toList());
      int year = covariateYear(request, covariate, series);
      years.add(year);
      Map<AreaCode, Double> inYear = new HashMap<>();
      List<String> missing = new ArrayList<>();
      for (RateRow row : counted) {
        Double value = series.getOrDefault(row.areaCode(), new TreeMap<>()).get(year);
        if (value == null) missing.add(row.areaName());
        else inYear.put(row.areaCode(), value);
      }
      if (!missing.isEmpty() && !request.skipMissing()) {
        throw new MissingCovariateError(covariate, year, missing, counted.size());
      }
      missing.forEach(name -> { if (!skipped.contains(name)) skipped.add(name); });
      values.add(inYear);
    }
    List<AuthorityNeed> rows = new ArrayList<>();
    for (RateRow row : counted) {
      double[] covariates = new double[values.size()];
      boolean complete = true;
      for (int j = 0; j < values.size(); j++) {
        Double value = values.get(j).get(row.areaCode());
        if (value == null) complete = false;
        else covariates[j] = value;
      }
      if (complete) {
        rows.add(new AuthorityNeed(row.areaCode(), row.areaName(), store.areas().get(row.areaCode()).nation(),
            row.count(), row.denominator().population(), covariates));
      }
    }
    if (!skipped.isEmpty()) notes.add("Left out for want of a covariate: " + String.join(", ", skipped) + ".");
    if (rows.size() < 3) throw UserError.of("error.need.tooFewComplete", rows.size());
    return new NeedTable(request, request.covariateNames(), years, rows, notes);
  }

  private List<RateRow> counts(NeedRequest request, List<String> notes,
                             java.util.function.Function<RatesRequest, List<RateRow>> rateRows) {
    List<RateRow> counted = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (var nation : request.scope().nations()) {
      // Each nation on its standard denominator, so a model's counts and populations are those of ./lacx rates.
      RatesRequest rateRequest = new RatesRequest(nation, request.year(), request.measure(), null, null);
      for (RateRow row : rateRows.apply(rateRequest)) {
        if (row.nation()) continue;
        if (row.hasRate()) counted.add(row);
        else left.add(row.areaName());
      }
    }
    if (!left.isEmpty()) {
      notes.add("Left out for want of a count or population: " + String.join(", ", left) + ".");
    }
    if (counted.size() < 3) {
      throw UserError.of("error.need.tooFewCounted", counted.size(), request.measure(), request.year());
    }
    return counted;
  }

  private Map<AreaCode, NavigableMap<Integer, Double>> series(String covariate, List<AreaCode> codes) {
    var derived = uk.lacexplorer.measure.DerivedMeasure.of(covariate);
    if (derived.isPresent()) {
      // A resource computed from two stored measures (branch resources): the years and areas both hold.
      Map<AreaCode, NavigableMap<Integer, Double>> top = series(derived.get().numerator(), codes);
      Map<AreaCode, NavigableMap<Integer, Double>> bottom = series(derived.get().denominator(), codes);
      Map<AreaCode, NavigableMap<Integer, Double>> ratio = new HashMap<>();
      top.forEach((area, byYear) -> byYear.forEach((period, value) -> {
        Double result = derived.get().value(value, bottom.getOrDefault(area, new TreeMap<>()).get(period));
        if (result != null) ratio.computeIfAbsent(area, key -> new TreeMap<>()).put(period, result);
      }));
      return ratio;
    }
    Map<AreaCode, NavigableMap<Integer, Double>> series = new HashMap<>();
    for (Observation observation : store.find(ObservationQuery.totals(covariate).forAreas(codes))) {
      if (observation.value() != null) {
        series.computeIfAbsent(observation.area(), key -> new TreeMap<>()).put(observation.period(), observation.value());
      }
    }
    return series;
  }

  /** The requested covariate year, or the year with data nearest the count's year (the earlier on a tie). */
  private static int covariateYear(NeedRequest request, String covariate, Map<AreaCode, NavigableMap<Integer, Double>> series) {
    TreeSet<Integer> available = new TreeSet<>();
    series.values().forEach(byYear -> available.addAll(byYear.keySet()));
    if (available.isEmpty()) {
      throw UserError.of("error.need.noValues", covariate, request.scope().id());
    }
    if (request.covariateYear() != null) {
      if (!available.contains(request.covariateYear())) {
        throw UserError.of("error.need.noValuesInYear", covariate, request.covariateYear(),
            YearRanges.describe(List.copyOf(available)));
      }
      return request.covariateYear();
    }
    Integer before = available.floor(request.year());
    Integer after = available.ceiling(request.year());
    if (before == null) return after;
    if (after == null) return before;
    return request.year() - before <= after - request.year() ? before : after;
  }
}
