package uk.lacexplorer.web.cascade;

import io.javalin.config.RoutesConfig;
import java.util.List;
import uk.lacexplorer.cascade.CascadeRequest;
import uk.lacexplorer.cascade.CascadeResult;
import uk.lacexplorer.cascade.CascadeTable;
import uk.lacexplorer.web.ApiEndpoint;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/** Key intervention points: the API {@code /api/v1/cascade?area=&year=&k=} (the options of {@code ./lacx cascade}). */
public final class CascadeRoutes implements WebModule {
  private final Site site;

  public CascadeRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/cascade", this::page, uk.lacexplorer.web.WebRole.PUBLIC);
    routes.get("/cascade/chart.svg", this::svg, uk.lacexplorer.web.WebRole.PUBLIC);
    routes.get("/cascade/trend", this::trendPage, uk.lacexplorer.web.WebRole.PUBLIC);
  }

  /** {@code /cascade/trend?area=…}: every step from referral to care, year by year (./lacx cascade trend). */
  private void trendPage(io.javalin.http.Context ctx) {
    uk.lacexplorer.web.Params params = uk.lacexplorer.web.Params.of(ctx, "area");
    uk.lacexplorer.web.Page page = site.page(ctx, uk.lacexplorer.web.overview.OverviewRoutes.SECTION);
    String area = params.text("area");
    uk.lacexplorer.web.Section<CascadeTrendView> trend = area == null || area.isBlank() ? uk.lacexplorer.web.Section.empty()
        : uk.lacexplorer.web.Section.of(page, "/api/v1/cascade-trend?area="
            + java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8),
            () -> CascadeTrendView.of(page, site.cached("cascade-trend", new uk.lacexplorer.cascade.CascadeTrend.Request(area),
                site.app().cascadeTrend()::run)));
    site.render(ctx, "cascade/trend.jte", java.util.Map.of("page", page, "area", area == null ? "" : area, "trend", trend));
  }

  /** {@code /cascade?area=…[&year=…]}: the form, and the cascade when an authority is named. */
  private void page(io.javalin.http.Context ctx) {
    uk.lacexplorer.web.Params params = uk.lacexplorer.web.Params.of(ctx, "area", "year");
    uk.lacexplorer.web.Page page = site.page(ctx, uk.lacexplorer.web.overview.OverviewRoutes.SECTION);
    String area = params.text("area");
    uk.lacexplorer.web.Section<CascadeView> cascade = area == null || area.isBlank() ? uk.lacexplorer.web.Section.empty()
        : section(site, page, area, params.text("year"));
    site.render(ctx, "cascade/cascade.jte", java.util.Map.of("page", page, "area", area == null ? "" : area,
        "cascade", cascade));
  }

  /** {@code /cascade/chart.svg?area=…&year=…}: the chart alone, as an SVG file (the same drawing as on the page). */
  private void svg(io.javalin.http.Context ctx) {
    uk.lacexplorer.web.Params params = uk.lacexplorer.web.Params.of(ctx, "area", "year");
    uk.lacexplorer.web.Page page = site.page(ctx, uk.lacexplorer.web.overview.OverviewRoutes.SECTION);
    CascadeView view = CascadeView.of(page, cascade(site, CascadeRequest.parse(params.text("area"), params.text("year"), null)));
    site.render(ctx, "cascade/chart.jte", java.util.Map.of("page", page, "view", view, "id", "cascade"));
    ctx.contentType("image/svg+xml; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"cascade.svg\"");
  }

  /** The cascade for a page: its view, or its refusal in the page's language. */
  public static uk.lacexplorer.web.Section<CascadeView> section(Site site, uk.lacexplorer.web.Page page, String area,
                                                                String year) {
    String query = "area=" + java.net.URLEncoder.encode(area, java.nio.charset.StandardCharsets.UTF_8)
        + (year == null || year.isBlank() ? "" : "&year=" + java.net.URLEncoder.encode(year, java.nio.charset.StandardCharsets.UTF_8));
    return uk.lacexplorer.web.Section.of(page, "/api/v1/cascade?" + query,
        () -> CascadeView.of(page, cascade(site, CascadeRequest.parse(area, year, null))));
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    return List.of(ApiEndpoint.of("cascade", List.of("area", "year", "k"),
        params -> CascadeTable.output(cascade(site, CascadeRequest.parse(params.text("area"), params.text("year"),
            params.text("k"))))),
        new ApiEndpoint("cascade-funnel", "cascade --stage", List.of("stage", "nation", "year", "overdispersion"),
            params -> uk.lacexplorer.cascade.StageFunnelTable.output(site.cached("cascade-funnel",
                uk.lacexplorer.cascade.StageFunnelRequest.parse(params.text("nation"), params.text("year"),
                    params.text("stage"), params.text("overdispersion")), site.app().stageFunnel()::run))),
        new ApiEndpoint("cascade-trend", "cascade trend", List.of("area"),
            params -> uk.lacexplorer.cascade.CascadeTrend.output(site.cached("cascade-trend",
                new uk.lacexplorer.cascade.CascadeTrend.Request(params.text("area")), site.app().cascadeTrend()::run))));
  }

  /** The cascade through the application's cache (the page and the API share it). */
  public static CascadeResult cascade(Site site, CascadeRequest request) {
    return site.cached("cascade", request, site.app().cascade()::run);
  }
}
