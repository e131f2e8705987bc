package uk.lacexplorer.web.overview;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.rates.RateRow;
import uk.lacexplorer.rates.Rates;
import uk.lacexplorer.rates.RatesRequest;
import uk.lacexplorer.rates.RatesTable;
import uk.lacexplorer.rates.YearRanges;
import uk.lacexplorer.output.OutputWriter;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Provenance;
import uk.lacexplorer.web.RateView;
import uk.lacexplorer.web.ReportResponses;
import uk.lacexplorer.web.Requests;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.ApiEndpoint;

/** The overview page ({@code /}: map, ranked chart and table of rates), {@code GET /api/v1/rates} and its download. */
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
    routes.get("/", this::overview, WebRole.PUBLIC);
    routes.get("/data/download/rates.csv", this::ratesDownload, WebRole.PUBLIC);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.overview", "/", SECTION));
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    return List.of(ApiEndpoint.of("rates", Requests.COUNTS, params -> RatesTable.output(rates(site, request(params)))));
  }

  /** The rates asked for by parameters named as {@code ./lacx rates}'s options. */
  public static RatesRequest request(Params params) {
    return RatesRequest.parse(params.text("nation"), params.text("year"), params.text("measure"),
        params.text("denominator"), params.text("population"));
  }

  /** The rates for a request, kept for a minute. */
  public static Rates rates(Site site, RatesRequest request) {
    return site.cached("rates", request, asked -> uk.lacexplorer.disclosure.RateRows.protect(site.app().rates().run(asked)));
  }

  /** The rates as CSV for people: the API's columns, then provenance and licence lines. */
  private void ratesDownload(Context ctx) {
    RatesRequest request = request(Params.of(ctx, Requests.COUNTS));
    Rates rates = rates(site, request);
    Measure measure = site.app().rates().rateMeasure(request.measure().value());
    List<String> sources = site.app().rates().counts(request.nation(), measure.id(), request.year()).stream()
        .map(Observation::sourceId).toList();
    List<Measure> measures = List.of(measure, site.app().measures().get(measure.denominator()));
    ReportResponses.csv(ctx, OutputWriter.csv(uk.lacexplorer.disclosure.Disclosure.protect(RatesTable.output(rates))), Provenance.lines(site.app().store(), sources,
        measures, METHOD), "rates_" + request.nation().id() + "_" + request.year() + ".csv");
  }

  private void overview(Context ctx) {
    Params params = Params.of(ctx, "nation", "year", "measure");
    Nation nation = Choices.parse("nation", params.text("nation"), List.of(Nation.WALES, Nation.ENGLAND), Nation::id,
        Nation.WALES);
    Measure measure = site.app().rates().rateMeasure(params.text("measure", MeasureId.LOOKED_AFTER.value()));
    List<Integer> years = site.years(nation, new MeasureId(measure.id()));
    Integer asked = params.integer("year");
    Integer year = asked != null && years.contains(asked) ? asked : years.isEmpty() ? null : years.get(years.size() - 1);
    Page page = site.page(ctx, SECTION);
    List<RateView> authorities = List.of();
    RateView national = null;
    if (year != null) {
      List<RateRow> rows = rates(site, new RatesRequest(nation, year, new MeasureId(measure.id()),
          uk.lacexplorer.rates.DenominatorPolicy.NEAREST, uk.lacexplorer.rates.PopulationSeries.AUTO)).rows();
      Collator collator = Collator.getInstance(page.lang().locale());
      authorities = rows.stream().filter(row -> !row.nation()).map(row -> RateView.of(row, page))
          .sorted(Comparator.comparing(RateView::name, collator)).toList();
      national = rows.stream().filter(RateRow::nation).findFirst().map(row -> RateView.of(row, page)).orElse(null);
    }
    String query = "nation=" + nation.id() + "&year=" + year + "&measure=" + encode(measure.id());
    List<Measure> measures = site.app().measures().all().stream().filter(Measure::hasDenominator).toList();
    OverviewModel model = new OverviewModel(nation, measure, year, asked != null && !asked.equals(year) ? asked : null,
        years.isEmpty() ? "" : YearRanges.describe(years), years, measures, authorities, national,
        "/api/v1/rates?" + query, "/data/download/rates.csv?" + query, "/static/geo/" + nation.id() + ".json");
    site.render(ctx, "overview/overview.jte", Map.of("page", page, "model", model));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
