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
  }

  @Override
  public List<ApiEndpoint> endpoints() {
    return List.of(ApiEndpoint.of("cascade", List.of("area", "year", "k"),
        params -> CascadeTable.output(cascade(site, CascadeRequest.parse(params.text("area"), params.text("year"),
            params.text("k"))))));
  }

  /** The cascade through the application's cache (the page and the API share it). */
  public static CascadeResult cascade(Site site, CascadeRequest request) {
    return site.cached("cascade", request, site.app().cascade()::run);
  }
}
