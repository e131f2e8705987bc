package uk.lacexplorer.web.methods;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.web.NavigationItem;
import uk.lacexplorer.web.Params;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.WebModule;

/** The Methods page: what each statistic means and how it is computed, in plain language. */
public final class MethodsRoutes implements WebModule {
  private final Site site;

  public MethodsRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/methods", this::methods, WebRole.PUBLIC);
  }

  @Override
  public List<NavigationItem> navigation() {
    return List.of(new NavigationItem("nav.methods", "/methods", "methods"));
  }

  private void methods(Context ctx) {
    Params.of(ctx);
    site.render(ctx, "methods/methods.jte", Map.of("page", site.page(ctx, "methods"), "sections", MethodsSections.ALL));
  }
}
