package uk.lacexplorer.selfeval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelService;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.store.ObservationStore;
import uk.lacexplorer.measure.MeasureId;

/** Builds {@link AuthorityFigures} from the statistics store with {@link RateService}. */
public final class RateFigures {
  static final String MEASURE = "children_looked_after";
  static final int YEARS = 6;
  private final Supplier<ObservationStore> store;
  static final String WALES_DEPRIVATION = "wimd_share_lsoas_30pct_most_deprived";
  static final String ENGLAND_DEPRIVATION = "imd_average_score";
  private final Supplier<RateService> rates;
  private final Supplier<ModelService> models;

  public RateFigures(Supplier<ObservationStore> store, Supplier<RateService> rates, Supplier<ModelService> models) {
    this.store = store;
    this.rates = rates;
    this.models = models;
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
        rows = rates.get().rates(RatesRequest.of(area.get().nation(), year));
      } catch (UserError noData) {
        continue;
      }
      Optional<RateRow> own = rows.stream().filter(row -> row.areaCode().equals(code)).findFirst();
      Double nation = rows.stream().filter(RateRow::nation).findFirst().map(RateRow::rate).orElse(null);
      own.ifPresent(row -> years.add(new AuthorityFigures.YearFigure(year, row.count(), row.rate(), row.lower(),
          row.upper(), nation)));
    }
    AuthorityFigures.NeedAdjusted needAdjusted = years.isEmpty() ? null
        : needAdjusted(code, area.get().nation(), years.get(years.size() - 1).yearEnding31March());
    return Optional.of(new AuthorityFigures(authorityCode, area.get().nameEn(), area.get().nameCy(), years, needAdjusted));
  }

  /**
   * The authority's observed/expected ratio given deprivation (WIMD share of most deprived areas in Wales, IMD
   * average score in England), or null when the model cannot be fitted for that year (e.g. a covariate is missing).
   */
  AuthorityFigures.NeedAdjusted needAdjusted(AreaCode code, Nation nation, int year) {
    String covariate = nation == Nation.WALES ? WALES_DEPRIVATION : ENGLAND_DEPRIVATION;
    if (models == null) return null;
    NeedModel model;
    try {
      model = models.get().run(new ModelRequest(NeedRequest.of(NationScope.of(nation), year, List.of(new MeasureId(covariate))),
          ModelFamily.NEGBIN, false, null));
    } catch (UserError notFitted) {
      // An optional figure beside the results: missing covariates or a model that cannot be fitted leave it out,
      // and the page says so; the self-evaluation itself does not depend on it.
      return null;
    }
    return model.areas().stream().filter(area -> area.authority().code().equals(code)).findFirst()
        .map(area -> new AuthorityFigures.NeedAdjusted(year, covariate, area.observed(), area.expected(), area.ratio(),
            area.lower(), area.upper()))
        .orElse(null);
  }
}
