package uk.lacexplorer.selfeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.lacexplorer.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.store.ObservationStore;

/** Builds {@link AuthorityFigures} from the statistics store with {@link RateService}. */
public final class RateFigures {
  static final String MEASURE = "children_looked_after";
  static final int YEARS = 6;
  private final Supplier<ObservationStore> store;
  private final Supplier<RateService> rates;

  public RateFigures(Supplier<ObservationStore> store, Supplier<RateService> rates) {
    this.store = store;
    this.rates = rates;
  }

  public Optional<AuthorityFigures> forAuthority(String authorityCode) {
    if (!AreaCode.isCode(authorityCode)) return Optional.empty();
    AreaCode code = new AreaCode(authorityCode);
    Optional<Area> area = store.get().areas().find(code);
    if (area.isEmpty()) return Optional.empty();
    List<Integer> periods = store.get().periods(MEASURE, List.of(code)).stream().sorted().toList();
    List<AuthorityFigures.YearFigure> years = new ArrayList<>();
    for (Integer year : periods.subList(Math.max(0, periods.size() - YEARS), periods.size())) {
      List<RateRow> rows;
      try {
        rows = rates.get().rates(RateService.Request.of(area.get().nation(), year));
      } catch (UserError noData) {
        continue;
      }
      Optional<RateRow> own = rows.stream().filter(row -> row.areaCode().equals(code)).findFirst();
      Double nation = rows.stream().filter(RateRow::nation).findFirst().map(RateRow::rate).orElse(null);
      own.ifPresent(row -> years.add(new AuthorityFigures.YearFigure(year, row.count(), row.rate(), row.lower(),
          row.upper(), nation)));
    }
    return Optional.of(new AuthorityFigures(authorityCode, area.get().nameEn(), area.get().nameCy(), years, null));
  }
}
