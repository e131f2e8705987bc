package uk.lacexplorer.web.area;

import uk.lacexplorer.web.NameLookup;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.browse.AreasRequest;
import uk.lacexplorer.browse.AreasTable;
import uk.lacexplorer.compare.CountRequest;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.compare.SeriesRequest;
import uk.lacexplorer.compare.TrendRequest;
import uk.lacexplorer.compare.TrendsRequest;
import uk.lacexplorer.compare.TrendsResult;
import uk.lacexplorer.factors.FactorsRequest;
import uk.lacexplorer.factors.FactorsTable;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.need.MetricChoice;
import uk.lacexplorer.need.ModelFamily;
import uk.lacexplorer.need.ModelRequest;
import uk.lacexplorer.need.NationScope;
import uk.lacexplorer.need.NeedRequest;
import uk.lacexplorer.need.NeighboursRequest;
import uk.lacexplorer.stats.funnel.FunnelOptions;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.ApiEndpoint;
import uk.lacexplorer.web.compare.ComparisonApi;
import uk.lacexplorer.web.NeedFactors;
import uk.lacexplorer.web.Section;
import uk.lacexplorer.web.need.NeedApi;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.overview.OverviewRoutes;

/**
 * Authority pages ({@code /area} to find one, {@code /area/W06000020} for its profile: trend, funnel position,
 * need-adjusted ratio, neighbours) and the API {@code GET /api/v1/areas}. Each section of the profile is the same
 * request, service and result as the API address it links to.
 */
public final class AreaRoutes implements WebModule {
  private final Site site;

  public AreaRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/area", this::finder, WebRole.PUBLIC);
    routes.get("/area/{code}", this::profile, WebRole.PUBLIC);
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    return List.of(ApiEndpoint.of("areas", List.of("nation", "all-types"), params -> AreasTable.output(
            site.app().store().areas(), AreasRequest.parse(params.text("nation"), params.flag("all-types")))),
        ApiEndpoint.of("factors", List.of("area"), params -> FactorsTable.output(site.cached("factors",
            new FactorsRequest(params.text("area")), site.app().factors()::run))));
  }

  /**
   * {@code /area?code=…} goes to that profile (a code or a name, in either language); without a code, a search box
   * and every authority of both nations as links. A name or code that matches no authority is the same page with
   * the problem above the form and beside the field (400).
   */
  private void finder(Context ctx) {
    Params params = Params.of(ctx, "code");
    String code = params.text("code");
    if (ctx.queryParamMap().containsKey("code")) {
      if (code == null || code.isBlank()) {
        renderFinder(ctx, 400, "", site.page(ctx, OverviewRoutes.SECTION).text("finder.error.empty"));
        return;
      }
      var area = site.app().store().areas().match(code, null).filter(Area::isLocalAuthority);
      if (area.isPresent()) {
        ctx.redirect("/area/" + area.get().code().value());
        return;
      }
      renderFinder(ctx, 400, code, site.page(ctx, OverviewRoutes.SECTION).text("finder.error.unknown",
          uk.lacexplorer.i18n.Choices.shorten(code.strip())));
      return;
    }
    renderFinder(ctx, 200, "", null);
  }

  /** The finder page with a status, the text searched for and (when not null) what was wrong with it. */
  private void renderFinder(Context ctx, int status, String searched, String problem) {
    AreaRegistry registry = site.app().store().areas();
    Page page = site.page(ctx, OverviewRoutes.SECTION);
    Collator collator = Collator.getInstance(page.lang().locale());
    Map<String, Object> model = new java.util.HashMap<>(Map.of("page", page,
        "wales", current(registry, Nation.WALES, page, collator),
        "england", current(registry, Nation.ENGLAND, page, collator), "searched", searched,
        "errors", problem == null ? List.of() : List.of(new uk.lacexplorer.web.ErrorItem(problem, "#code"))));
    ctx.status(status);
    uk.lacexplorer.web.NotFound.answered(ctx);
    site.render(ctx, "area/finder.jte", model);
  }

  /** {@code /area/XYZ} for no authority: the finder, with the code asked for in its search box (404). */
  private void notFound(Context ctx, String code) {
    String shown = uk.lacexplorer.i18n.Choices.shorten(code);
    renderFinder(ctx, 404, shown, site.page(ctx, OverviewRoutes.SECTION).text("finder.error.notFound", shown));
  }

  private static List<Area> current(AreaRegistry registry, Nation nation, Page page, Collator collator) {
    return registry.localAuthorities(nation).stream().filter(area -> area.validTo() == null)
        .sorted(Comparator.comparing(page::name, collator)).toList();
  }

  /**
   * The other authorities the reader added to the trend chart ({@code with=CODE,CODE}, at most
   * {@link TrendsRequest#MAX_AREAS} in all), their trends through the same service as {@code ./lacx trend --area A,B,C}.
   * An unknown or repeated code is a user error shown as the page's 400 answer, never dropped silently.
   */
  private ComparedTrends compared(Page page, Area area, MeasureId measure, List<String> with) {
    AreaRegistry registry = site.app().store().areas();
    List<Area> others = new java.util.ArrayList<>();
    for (String code : with) {
      Area other = registry.resolve(code, null);
      if (other.isLocalAuthority() && !other.equals(area) && !others.contains(other)) others.add(other);
    }
    TrendsResult trends = null;
    if (!others.isEmpty()) {
      List<String> codes = new java.util.ArrayList<>(List.of(area.code().value()));
      others.forEach(other -> codes.add(other.code().value()));
      trends = ComparisonApi.trends(site, new TrendsRequest(codes, new SeriesRequest(measure, null, null)));
    }
    return ComparedTrends.of(page, registry, area, measure.value(), others, trends);
  }

  /** The trend a profile shows: the measure with the nation's standard denominator, as {@code ./lacx trend}. */
  public static TrendRequest profileTrend(String areaCode, MeasureId measure) {
    return new TrendRequest(areaCode, new SeriesRequest(measure, SeriesRequest.defaults().policy(),
        SeriesRequest.defaults().series()));
  }

  private void profile(Context ctx) {
    Params params = Params.of(ctx, "measure", "with");
    String code = ctx.pathParam("code");
    Area area = AreaCode.isCode(code) ? site.app().store().areas().find(AreaCode.parse(code)).orElse(null) : null;
    if (area == null || !area.isLocalAuthority()) {
      notFound(ctx, code);
      return;
    }
    Measure measure = site.app().rates().rateMeasure(params.text("measure", MeasureId.LOOKED_AFTER.value()));
    MeasureId measureId = new MeasureId(measure.id());
    Page page = site.page(ctx, OverviewRoutes.SECTION);
    String areaCode = area.code().value();
    TrendRequest trendRequest = profileTrend(areaCode, measureId);
    Section<TrendView> trend = Section.of(page, "/api/v1/trend?area=" + areaCode + "&measure=" + measure.id(),
        () -> ProfileViews.trend(page, ComparisonApi.trend(site, trendRequest)));
    Integer year = trend.shown() && !trend.view().latestYear().isEmpty() ? Integer.valueOf(trend.view().latestYear()) : null;
    String factor = null;
    Integer factorYear = null;
    if (year != null) {
      var choice = NeedFactors.defaultFor(site, List.of(area.nation()), year, measure.id());
      if (choice.isPresent()) {
        factor = choice.get().factor();
        factorYear = choice.get().factorYear();
      }
    }
    Section<String> funnel = Section.empty();
    Section<String> ratio = Section.empty();
    Section<NeighboursView> neighbours = Section.empty();
    if (year != null) {
      String nation = area.nation().id();
      CountRequest counts = CountRequest.of(List.of(area.nation()), year).withMeasure(measureId);
      FunnelRequest funnelRequest = new FunnelRequest(counts, FunnelOptions.defaults(), false);
      funnel = Section.of(page, "/api/v1/funnel?measure=" + measure.id() + "&nation=" + nation + "&year=" + year,
          () -> ProfileViews.funnel(page, ComparisonApi.funnel(site, funnelRequest), areaCode));
      if (factor != null) {
        NeedRequest need = new NeedRequest(NationScope.of(area.nation()), year, measureId, List.of(new MeasureId(factor)),
            null, false);
        String query = "covariates=" + factor + "&measure=" + measure.id() + "&year=" + year;
        ModelRequest modelRequest = new ModelRequest(need, ModelFamily.NEGBIN, false, FunnelOptions.defaults());
        ratio = Section.of(page, "/api/v1/model?" + query + "&nation=" + nation,
            () -> ProfileViews.ratio(page, NeedApi.model(site, modelRequest), areaCode));
        NameLookup names = new NameLookup(site.app().store().areas());
        NeighboursRequest neighboursRequest = new NeighboursRequest(areaCode, need, NeighboursRequest.DEFAULT_K,
            MetricChoice.euclidean(), false);
        neighbours = Section.of(page, "/api/v1/neighbours?area=" + areaCode + "&" + query,
            () -> ProfileViews.neighbours(page, NeedApi.neighbours(site, neighboursRequest).get(0), names));
      }
    }
    List<Measure> measures = site.app().measures().all().stream().filter(Measure::hasDenominator).toList();
    ProfileModel model = new ProfileModel(area, page.name(area), area.name(!page.welsh()), measure, measures, trend,
        funnel, ratio, neighbours,
        factor == null ? "" : page.name(site.app().measures().get(factor)) + " (" + factorYear + ")",
        "/compare?nation=" + area.nation().id() + (year == null ? "" : "&year=" + year) + (factor == null ? "" : "&x=" + factor),
        uk.lacexplorer.web.cascade.CascadeRoutes.section(site, page, areaCode, null),
        compared(page, area, measureId, params.list("with")), joint(page, area, year, measure),
        Section.of(page, "/api/v1/factors?area=" + areaCode, () -> ProfileViews.factors(page,
            site.cached("factors", new FactorsRequest(areaCode), site.app().factors()::run))));
    site.render(ctx, "area/profile.jte", Map.of("page", page, "model", model));
  }

  /**
   * A Welsh authority among all the authorities of both nations, need counted alike (the joint model of
   * {@code ./lacx model --nation both}): its observed/expected ratio and funnel position; empty where the year has no
   * counts for England or the measure is not children looked after.
   */
  private Section<String> joint(Page page, Area area, Integer year, Measure measure) {
    if (year == null || area.nation() != uk.lacexplorer.area.Nation.WALES || !measure.id().equals(MeasureId.LOOKED_AFTER.value())
        || site.years(uk.lacexplorer.area.Nation.ENGLAND, MeasureId.LOOKED_AFTER).stream().noneMatch(year::equals)) {
      return Section.empty();
    }
    ModelRequest request = new ModelRequest(uk.lacexplorer.need.HarmonisedFactors.orDefault(
        NeedRequest.of(NationScope.BOTH, year, List.of())), ModelFamily.NEGBIN, false, FunnelOptions.defaults());
    return Section.of(page, "/api/v1/model?nation=both&year=" + year,
        () -> ProfileViews.joint(page, NeedApi.model(site, request), area.code().value()));
  }
}
