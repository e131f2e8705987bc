package uk.lacexplorer.web.compare;

import io.javalin.config.RoutesConfig;
import java.util.List;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.compare.ChangePointRequest;
import uk.lacexplorer.compare.ChangePointTable;
import uk.lacexplorer.compare.ChangeRequest;
import uk.lacexplorer.compare.ChangeTable;
import uk.lacexplorer.compare.FunnelRequest;
import uk.lacexplorer.compare.FunnelResult;
import uk.lacexplorer.compare.FunnelTable;
import uk.lacexplorer.compare.ShrinkageRequest;
import uk.lacexplorer.compare.ShrinkageTable;
import uk.lacexplorer.compare.TrendRequest;
import uk.lacexplorer.compare.TrendResult;
import uk.lacexplorer.events.EventsRequest;
import uk.lacexplorer.events.EventsTable;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Requests;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.ApiEndpoint;

/**
 * The comparisons' API answers ({@code funnel}, {@code trend}, {@code changepoints}, {@code shrinkage},
 * {@code change}, {@code events}) and the requests the pages share with them.
 */
public final class ComparisonApi implements WebModule {
  private final Site site;

  public ComparisonApi(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    Application app = site.app();
    return List.of(
        ApiEndpoint.of("funnel", Requests.names(Requests.COUNTS, List.of("limits", "overdispersion", "scale", "curve")),
            params -> FunnelTable.output(funnel(site, funnelRequest(params)))),
        ApiEndpoint.of("trend", Requests.names(List.of("area"), Requests.SERIES),
            params -> uk.lacexplorer.compare.TrendsTable.output(trends(site, trendsRequest(params)))),
        ApiEndpoint.of("changepoints", Requests.names(List.of("area", "nation"), Requests.SERIES),
            params -> ChangePointTable.output(site.cached("changepoints", ChangePointRequest.parse(params.text("area"),
                params.text("nation"), Requests.series(params)), app.changePoints()::run))),
        ApiEndpoint.of("shrinkage", Requests.COUNTS, params -> ShrinkageTable.output(site.cached("shrinkage",
            new ShrinkageRequest(Requests.counts(params)), app.shrinkage()::run))),
        ApiEndpoint.of("change", List.of("from", "to", "nation", "measure", "denominator", "population"),
            params -> ChangeTable.output(site.cached("change", changeRequest(params), app.change()::run))),
        ApiEndpoint.of("changes", List.of("from", "to", "x", "nation", "measure", "denominator", "population"),
            params -> uk.lacexplorer.need.ChangesTable.output(site.cached("changes", changesRequest(params),
                app.changes()::run))),
        new ApiEndpoint("events", "events list", List.of("area", "from", "to"), params -> EventsTable.output(
            app.eventService().run(new EventsRequest(params.text("area"), params.integer("from"), params.integer("to"))),
            app.store().areas())));
  }

  /** The funnel a page or the API asks for, from parameters named as {@code ./lacx funnel}'s options. */
  public static FunnelRequest funnelRequest(Params params) {
    return FunnelRequest.parse(Requests.counts(params), params.text("limits"), params.text("overdispersion"),
        params.text("scale"), params.flag("curve"));
  }

  public static TrendRequest trendRequest(Params params) {
    return new TrendRequest(params.text("area"), Requests.series(params));
  }

  static ChangeRequest changeRequest(Params params) {
    return new ChangeRequest(uk.lacexplorer.compare.CountRequest.parse(params.text("nation", "wales"),
        params.required("from"), params.text("measure"), params.text("denominator"), params.text("population")),
        Choices.integer("to", params.required("to"), null));
  }

  static uk.lacexplorer.need.ChangesRequest changesRequest(Params params) {
    return new uk.lacexplorer.need.ChangesRequest(changeRequest(params),
        uk.lacexplorer.measure.MeasureId.parse("x", params.required("x"), null));
  }

  /** The funnel for a request, kept for a minute. */
  public static FunnelResult funnel(Site site, FunnelRequest request) {
    return site.cached("funnel", request, site.app().funnel()::run);
  }

  /** One or several authorities' trends ({@code area=A,B,C}), from parameters named as {@code ./lacx trend}'s options. */
  public static uk.lacexplorer.compare.TrendsRequest trendsRequest(Params params) {
    return uk.lacexplorer.compare.TrendsRequest.parse(params.text("area"), Requests.series(params));
  }

  /** Several trends for a request, kept for a minute. */
  public static uk.lacexplorer.compare.TrendsResult trends(Site site, uk.lacexplorer.compare.TrendsRequest request) {
    return site.cached("trends", request, site.app().trend()::runAll);
  }

  /** The trend for a request, kept for a minute. */
  public static TrendResult trend(Site site, TrendRequest request) {
    return site.cached("trend", request, site.app().trend()::run);
  }
}
