package uk.lacexplorer.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.stats.rate.PoissonInterval;
import uk.lacexplorer.stats.rate.RateDifference;

/** Change in rate between two years per authority and for the nation ({@code ./lacx change}). */
public final class ChangeService {
  private final CountTables counts;

  public ChangeService(CountTables counts) {
    this.counts = counts;
  }

  public ChangeResult run(ChangeRequest request) {
    CountRequest fromRequest = request.from();
    int toYear = request.toYear();
    CountTable from = counts.load(fromRequest);
    CountTable to = counts.load(fromRequest.withYear(toYear));
    Map<String, AuthorityCount> later = to.authorities().stream()
        .collect(Collectors.toMap(a -> a.area().code().value(), Function.identity()));
    List<ChangeResult.Row> rows = new ArrayList<>();
    List<String> excluded = new ArrayList<>();
    for (AuthorityCount first : from.authorities()) {
      AuthorityCount second = later.get(first.area().code().value());
      if (second == null) {
        excluded.add(first.area().nameEn() + " (no count or population in " + toYear + ")");
        continue;
      }
      rows.add(row(first.area().code().value(), first.area().nameEn(), first.count(), first.population(),
          second.count(), second.population(), null));
    }
    Set<String> earlierCodes = from.authorities().stream().map(a -> a.area().code().value()).collect(Collectors.toSet());
    for (AuthorityCount second : to.authorities()) {
      if (!earlierCodes.contains(second.area().code().value())) {
        excluded.add(second.area().nameEn() + " (no count or population in " + fromRequest.year() + ")");
      }
    }
    if (rows.isEmpty()) throw UserError.of("error.change.noneInBoth", fromRequest.year(), toYear);
    List<ChangeResult.Row> ranked = rank(rows);
    List<ChangeResult.Row> nationRows = new ArrayList<>();
    for (Nation nation : fromRequest.nations()) {
      RateRow a = from.nationRow(nation).orElse(null);
      RateRow b = to.nationRow(nation).orElse(null);
      if (a != null && b != null && a.hasRate() && b.hasRate()) {
        nationRows.add(row(a.areaCode().value(), a.areaName(), a.count(), a.denominator().population(), b.count(),
            b.denominator().population(), null));
      }
    }
    Set<String> denominators = new LinkedHashSet<>();
    from.denominatorVintages().forEach(v -> denominators.add(fromRequest.year() + " " + v));
    to.denominatorVintages().forEach(v -> denominators.add(toYear + " " + v));
    return new ChangeResult(request, from.measure().id(), fromRequest.year(), toYear,
        fromRequest.nations().stream().map(Nation::id).toList(), ranked, nationRows, new ArrayList<>(denominators),
        excluded);
  }

  static ChangeResult.Row row(String code, String name, double countFrom, double populationFrom, double countTo,
                              double populationTo, Integer rank) {
    RateDifference difference = RateDifference.of(countFrom, populationFrom, countTo, populationTo, RateService.PER,
        PoissonInterval.BYARS_EXACT_BELOW_10, 0.95);
    return new ChangeResult.Row(code, name, countFrom, populationFrom, difference.from(), countTo, populationTo,
        difference.to(), difference.difference(), difference.interval().lower(), difference.interval().upper(),
        difference.significant(), rank);
  }

  /** Largest rise first; equal changes share the better rank. */
  static List<ChangeResult.Row> rank(List<ChangeResult.Row> rows) {
    List<ChangeResult.Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparingDouble(ChangeResult.Row::change).reversed().thenComparing(ChangeResult.Row::areaCode));
    List<ChangeResult.Row> ranked = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      ChangeResult.Row row = sorted.get(i);
      int rank = i > 0 && sorted.get(i - 1).change() == row.change() ? ranked.get(i - 1).rank() : i + 1;
      ranked.add(new ChangeResult.Row(row.areaCode(), row.areaName(), row.countFrom(), row.populationFrom(),
          row.rateFrom(), row.countTo(), row.populationTo(), row.rateTo(), row.change(), row.lower95(), row.upper95(),
          row.significant(), rank));
    }
    return ranked;
  }
}
