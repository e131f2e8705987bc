package uk.lacexplorer.web.projection;

import io.javalin.config.RoutesConfig;
import java.util.List;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.projection.BacktestRequest;
import uk.lacexplorer.projection.BacktestTable;
import uk.lacexplorer.projection.ProjectionRequest;
import uk.lacexplorer.projection.ProjectionTable;
import uk.lacexplorer.projection.Scenario;
import uk.lacexplorer.web.ApiEndpoint;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * The projection's API answers: {@code /api/v1/project} (parameters named as {@code ./lacx project}'s options:
 * area, horizon, entry-change, exit-change), {@code /api/v1/commission} (the same parameters: placement demand by
 * type, without a supply) and {@code /api/v1/backtest} (nation, origin, horizon).
 */
public final class ProjectionApi implements WebModule {
  private final Site site;

  public ProjectionApi(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
  }

  /** The parameters of a projection, named as {@code ./lacx project}'s options. */
  public static final List<String> SCENARIO = List.of("area", "horizon", "entry-change", "exit-change",
      "match-neighbours", "step-down", "stage", "stage-change");

  static ProjectionRequest request(uk.lacexplorer.web.Params params) {
    return ProjectionRequest.parse(params.text("area"), params.text("horizon"), Scenario.fields(params.text("entry-change"),
        params.text("exit-change"), params.text("match-neighbours"), params.text("step-down"), params.text("stage"),
        params.text("stage-change")));
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    Application app = site.app();
    return List.of(
        ApiEndpoint.of("project", SCENARIO, params -> ProjectionTable.output(site.cached("project", request(params),
            app.projection()::run))),
        ApiEndpoint.of("commission", SCENARIO, params -> uk.lacexplorer.commission.CommissionTable.output(
            site.cached("commission", new uk.lacexplorer.commission.CommissionRequest(request(params),
                uk.lacexplorer.commission.Supply.NONE), app.commission()::run))),
        ApiEndpoint.of("backtest", List.of("nation", "origin", "horizon"),
            params -> BacktestTable.output(site.cached("backtest", BacktestRequest.parse(params.text("nation"),
                params.text("origin"), params.text("horizon")), app.projection().backtest()::run))));
  }
}
