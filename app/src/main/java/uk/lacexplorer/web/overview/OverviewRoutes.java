package uk.lacexplorer.web.overview;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.rates.DenominatorPolicy;
import uk.lacexplorer.rates.PopulationSeries;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.RateService;
import uk.lacexplorer.rates.YearRanges;
import uk.lacexplorer.web.ApiBody;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Provenance;
import uk.lacexplorer.web.RateView;
import uk.lacexplorer.web.ReportResponses;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/** The overview page ({@code /}: map, ranked chart and table of rates) and {@code GET /api/v1/rates}. */
public final class OverviewRoutes implements WebModule {
  public static final String SECTION = "overview";
  static final String METHOD = "Rates per 10,000 children aged 0 to 17 computed by LAC Explorer; 95% confidence "
      + "intervals by Byar's method (exact Poisson for counts under 10); rank 1 = highest rate.";
  private final Site site;

  public OverviewRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/", this::overview);
    routes.get("/api/v1/rates", this::ratesApi);
    routes.get("/data/download/rates.csv", this::ratesDownload);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.overview", "/", SECTION));
  }

  /** {@code ./lacx rates}: nation and year required; measure, denominator, population and format optional. */
  private void ratesApi(Context ctx) {
    Params params = Params.of(ctx, RateRequests.PARAMETERS);
    site.api().send(ctx, () -> {
      Nation nation = RateRequests.nation(params, null);
      Integer year = params.integer("year");
      if (year == null) throw new UserError("parameter 'year' is required");
      List<RateRow> rows = site.rates().rates(RateRequests.parse(params, nation, year));
      return ApiBody.of(RatesTable.report(rows), params.text("format"), "rates_" + nation.id() + "_" + year + ".csv");
    });
  }

  /** The rates as CSV for people: the API's columns, then provenance and licence lines. */
  private void ratesDownload(Context ctx) {
    Params params = Params.of(ctx, "nation", "year", "measure", "denominator", "population");
    Nation nation = RateRequests.nation(params, null);
    Integer year = params.integer("year");
    if (year == null) throw new UserError("parameter 'year' is required");
    RateService.Request request = RateRequests.parse(params, nation, year);
    List<RateRow> rows = site.rates().rates(request);
    Measure measure = site.services().rates().rateMeasure(request.measure());
    List<String> sources = site.services().rates().counts(nation, measure.id(), year).stream()
        .map(uk.lacexplorer.observation.Observation::sourceId).toList();
    List<Measure> measures = List.of(measure, site.services().measures().get(measure.denominator()));
    ReportResponses.csv(ctx, RatesTable.report(rows), Provenance.lines(site.services().store(), sources, measures,
        METHOD), "rates_" + nation.id() + "_" + year + ".csv");
  }

  private void overview(Context ctx) {
    Params params = Params.of(ctx, "nation", "year", "measure");
    Nation nation = RateRequests.nation(params, "wales");
    Measure measure = site.services().rates().rateMeasure(params.text("measure", RateRequests.DEFAULT_MEASURE));
    List<Integer> years = site.rates().years(nation, measure.id());
    Integer asked = params.integer("year");
    Integer year = asked != null && years.contains(asked) ? asked : years.isEmpty() ? null : years.get(years.size() - 1);
    Page page = site.page(ctx, SECTION);
    List<RateView> authorities = List.of();
    RateView national = null;
    if (year != null) {
      List<RateRow> rows = site.rates().rates(new RateService.Request(nation, year, measure.id(),
          DenominatorPolicy.NEAREST, PopulationSeries.AUTO));
      Collator collator = Collator.getInstance(page.lang().locale());
      authorities = rows.stream().filter(row -> !row.nation()).map(row -> RateView.of(row, page))
          .sorted(Comparator.comparing(RateView::name, collator)).toList();
      national = rows.stream().filter(RateRow::nation).findFirst().map(row -> RateView.of(row, page)).orElse(null);
    }
    String query = "nation=" + nation.id() + "&year=" + year + "&measure=" + encode(measure.id());
    List<Measure> measures = site.services().measures().all().stream().filter(Measure::hasDenominator).toList();
    OverviewModel model = new OverviewModel(nation, measure, year, asked != null && !asked.equals(year) ? asked : null,
        years.isEmpty() ? "" : YearRanges.describe(years), years, measures, authorities, national,
        "/api/v1/rates?" + query, "/data/download/rates.csv?" + query, "/static/geo/" + nation.id() + ".json");
    site.render(ctx, "overview/overview.jte", Map.of("page", page, "model", model));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
