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
import uk.lacexplorer.web.NameLookup;
import uk.lacexplorer.web.NeedFactors;
import uk.lacexplorer.web.need.NeedApi;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Audience;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedModel;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.stats.funnel.FunnelOptions;

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
    List<String> sources = request.nations().stream()
        .flatMap(nation -> site.app().rates().counts(nation, measure.id(), request.year()).stream())
        .map(Observation::sourceId).toList();
    List<Measure> measures = List.of(measure, site.app().measures().get(measure.denominator()));
    ReportResponses.csv(ctx, OutputWriter.csv(uk.lacexplorer.disclosure.Disclosure.protect(RatesTable.output(rates))),
        Provenance.lines(site.app().store(), sources, measures, METHOD),
        "rates_" + request.nationId() + "_" + request.year() + ".csv");
  }

  private void overview(Context ctx) {
    Params params = Params.of(ctx, "nation", "year", "measure", "view", "area");
    Nation nation = Choices.parse("nation", params.text("nation"), List.of(Nation.WALES, Nation.ENGLAND), Nation::id,
        Nation.WALES);
    Measure measure = site.app().rates().rateMeasure(params.text("measure", MeasureId.LOOKED_AFTER.value()));
    OverviewView view = OverviewView.parse(params.text("view"));
    List<Integer> years = site.years(nation, new MeasureId(measure.id()));
    Integer asked = params.integer("year");
    if (asked != null && !years.contains(asked)) {
      throw years.isEmpty() ? UserError.of("overview.error.noYears", asked)
          : UserError.of("overview.error.year", asked, YearRanges.describe(years));
    }
    Integer year = asked != null ? asked : years.isEmpty() ? null : years.get(years.size() - 1);
    Page page = site.page(ctx, SECTION);
    Collator collator = Collator.getInstance(page.lang().locale());
    List<Area> current = site.app().store().areas().localAuthorities(nation).stream()
        .filter(each -> each.validTo() == null || year != null && each.validTo() >= year)
        .sorted(Comparator.comparing(page::name, collator)).toList();
    String area = params.text("area");
    if (area != null) {
      String wanted = area.strip().toUpperCase(java.util.Locale.ROOT);
      area = current.stream().map(each -> each.code().value()).filter(wanted::equals).findFirst()
          .orElseThrow(() -> UserError.of("overview.error.area", Choices.shorten(wanted),
              Arg.key("nation." + nation.id())));
    }
    String query = "nation=" + nation.id() + "&year=" + year + "&measure=" + encode(measure.id());
    String chosen = area == null ? "" : "&area=" + area;
    OverviewTable table = null;
    RateView national = null;
    String factor = "";
    String factorId = null;
    String problem = null;
    String chartApi = "/api/v1/rates?" + query;
    if (year != null) {
      List<RateRow> rows = rates(site, new RatesRequest(nation, year, new MeasureId(measure.id()), null, null)).rows();
      national = rows.stream().filter(RateRow::nation).findFirst().map(row -> RateView.of(row, page)).orElse(null);
      String place = page.text("nation." + nation.id());
      if (view == OverviewView.RAW) {
        table = OverviewTables.raw(page, rows, area, page.text("overview.tableCaption", page.name(measure), place, year));
      } else {
        var choice = NeedFactors.defaultFor(site, List.of(nation), year, measure.id());
        if (choice.isEmpty()) {
          problem = page.text("overview.noFactor");
        } else {
          factorId = choice.get().factor();
          factor = page.name(site.app().measures().get(factorId)) + ", " + choice.get().factorYear();
          try {
            NeedModel model = NeedApi.model(site, adjustedRequest(nation, year, measure.id(), factorId));
            table = OverviewTables.adjusted(page, model, new NameLookup(site.app().store().areas()), area,
                page.text("overview.adjustedCaption", page.name(measure), place, year, factor));
            chartApi = "/api/v1/model?" + query + "&covariates=" + encode(factorId);
          } catch (UserError refused) {
            problem = refused.render(page.lang(), Audience.WEB);
          }
        }
      }
    }
    List<Measure> measures = site.app().measures().all().stream().filter(Measure::hasDenominator).toList();
    List<List<String>> authorities = current.stream().map(each -> List.of(each.code().value(), page.name(each))).toList();
    OverviewModel model = new OverviewModel(nation, measure, year, years, measures, view, area, authorities, table,
        national, factor, factorId, problem, highlight(page, view, table), chartApi, chartApi,
        factorId == null ? "/data/download/rates.csv?" + query
            : "/data/download/model.csv?" + query + "&covariates=" + encode(factorId), "/static/geo/" + nation.id() + ".json", "/?" + query + chosen,
        "/?" + query + "&view=adjusted" + chosen);
    site.render(ctx, "overview/overview.jte", Map.of("page", page, "model", model));
  }

  /** The need model of the adjusted view: the profile's (negative binomial on the nation's default need factor). */
  public static ModelRequest adjustedRequest(Nation nation, int year, String measure, String factor) {
    NeedRequest need = new NeedRequest(NationScope.of(nation), year, new MeasureId(measure),
        List.of(new MeasureId(factor)), null, false);
    return new ModelRequest(need, ModelFamily.NEGBIN, false, FunnelOptions.defaults());
  }

  /** The reader's authority in one sentence: its value, interval and rank among the authorities ranked. */
  private static String highlight(Page page, OverviewView view, OverviewTable table) {
    OverviewTable.Row row = table == null ? null : table.highlighted();
    if (row == null) return null;
    long ranked = table.rows().stream().filter(each -> !each.cells().get(4).sortValue().isEmpty()).count();
    if (row.cells().get(4).sortValue().isEmpty()) return page.text("overview.highlight.none", row.name());
    return page.text("overview.highlight." + view.id(), row.name(), row.cells().get(2).text(), row.cells().get(3).text(),
        row.cells().get(4).text(), page.format().integer((int) ranked));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
