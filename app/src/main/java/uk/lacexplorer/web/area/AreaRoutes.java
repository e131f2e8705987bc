package uk.lacexplorer.web.area;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.ApiBody;
import uk.lacexplorer.web.NotFound;
import uk.lacexplorer.web.Page;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.RateView;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.overview.OverviewRoutes;
import uk.lacexplorer.web.overview.RateRequests;

/**
 * Authority pages ({@code /area} to find one, {@code /area/W06000020} for its profile) and the API
 * {@code GET /api/v1/areas} ({@code ./lacx areas}) and {@code GET /api/v1/trend?area=…}.
 */
public final class AreaRoutes implements WebModule {
  private final Site site;
  private final AreaTrend trends;

  public AreaRoutes(Site site) {
    this.site = site;
    this.trends = new AreaTrend(site.rates());
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/area", this::finder);
    routes.get("/area/{code}", this::profile);
    routes.get("/api/v1/areas", this::areasApi);
    routes.get("/api/v1/trend", this::trendApi);
  }

  private void areasApi(Context ctx) {
    Params params = Params.of(ctx, "nation", "all-types", "format");
    site.api().send(ctx, () -> {
      String nation = params.text("nation");
      return ApiBody.of(AreasTable.report(site.services().store().areas().all(),
          nation == null ? null : Nation.parse(nation), params.flag("all-types")), params.text("format"), "areas.csv");
    });
  }

  private void trendApi(Context ctx) {
    Params params = Params.of(ctx, "area", "measure", "format");
    site.api().send(ctx, () -> {
      Area area = site.services().store().areas().resolve(params.required("area"), null);
      Measure measure = site.services().rates().rateMeasure(params.text("measure", RateRequests.DEFAULT_MEASURE));
      return ApiBody.of(TrendTable.report(trends.trend(area, measure.id())), params.text("format"),
          "trend_" + area.code().value() + ".csv");
    });
  }

  /** {@code /area?code=…} goes to that profile; without a code, every authority of both nations as links. */
  private void finder(Context ctx) {
    Params params = Params.of(ctx, "code");
    AreaRegistry registry = site.services().store().areas();
    String code = params.text("code");
    if (code != null) {
      Area area = registry.match(code, null).orElseThrow(() -> new NotFound("unknown area " + code));
      ctx.redirect("/area/" + area.code().value());
      return;
    }
    Page page = site.page(ctx, OverviewRoutes.SECTION);
    Collator collator = Collator.getInstance(page.lang().locale());
    Map<String, Object> model = Map.of("page", page,
        "wales", current(registry, Nation.WALES, page, collator),
        "england", current(registry, Nation.ENGLAND, page, collator));
    site.render(ctx, "area/finder.jte", model);
  }

  private static List<Area> current(AreaRegistry registry, Nation nation, Page page, Collator collator) {
    return registry.localAuthorities(nation).stream().filter(area -> area.validTo() == null)
        .sorted(Comparator.comparing(page::name, collator)).toList();
  }

  private void profile(Context ctx) {
    Params params = Params.of(ctx, "measure");
    String code = ctx.pathParam("code");
    if (!AreaCode.isCode(code)) throw new NotFound("not an area code: " + code);
    Area area = site.services().store().areas().find(AreaCode.parse(code))
        .orElseThrow(() -> new NotFound("unknown area code " + code));
    if (!area.isLocalAuthority()) throw new NotFound("not a local authority: " + code);
    Measure measure = site.services().rates().rateMeasure(params.text("measure", RateRequests.DEFAULT_MEASURE));
    Page page = site.page(ctx, OverviewRoutes.SECTION);
    List<TrendPoint> points = trends.trend(area, measure.id());
    List<RateView> views = new ArrayList<>();
    List<String> national = new ArrayList<>();
    for (int i = points.size() - 1; i >= 0; i--) {
      views.add(RateView.of(points.get(i).area(), page));
      national.add(points.get(i).nation() == null || !points.get(i).nation().hasRate() ? page.text("rates.noValue")
          : page.format().number(points.get(i).nation().rate(), 1));
    }
    String query = "area=" + area.code().value() + "&measure=" + measure.id();
    List<Measure> measures = site.services().measures().all().stream().filter(Measure::hasDenominator).toList();
    ProfileModel model = new ProfileModel(area, page.name(area), area.name(!page.welsh()), measure, measures, views,
        national, views.isEmpty() ? null : views.get(0), "/api/v1/trend?" + query, "/data/download/trend.csv?" + query);
    site.render(ctx, "area/profile.jte", Map.of("page", page, "model", model));
  }
}
