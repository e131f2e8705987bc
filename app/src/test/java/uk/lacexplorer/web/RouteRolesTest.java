package uk.lacexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.application.Application;

/**
 * One access-control mechanism: every route the web application registers declares exactly one {@link WebRole}, and
 * an application with a route that declares none is never built (so a forgotten role fails closed).
 */
class RouteRolesTest {

  static List<ParsedEndpoint> routes(Javalin app) {
    return app.unsafe.internalRouter.allHttpHandlers().stream()
        .filter(route -> route.endpoint.method.isHttpMethod()).toList();
  }

  static WebRole role(ParsedEndpoint route) {
    Roles roles = route.endpoint.metadata(Roles.class);
    return AccessControl.roleOf(roles == null ? null : roles.getRoles());
  }

  @Test
  void everyRegisteredRouteDeclaresOneRole() {
    try (Application services = WebFixture.services()) {
      Javalin app = Wiring.web(services, WebSettings.defaults());
      List<ParsedEndpoint> routes = routes(app);
      List<String> missing = new ArrayList<>();
      List<String> listed = new ArrayList<>();
      for (ParsedEndpoint route : routes) {
        String name = route.endpoint.method + " " + route.endpoint.path;
        listed.add(name + " " + role(route));
        if (role(route) == null) missing.add(name);
      }
      assertThat(missing).as("routes without a WebRole").isEmpty();
      assertThat(routes).as("the router's list of routes").hasSizeGreaterThan(50);
      assertThat(listed).contains("GET / PUBLIC", "GET /api/v1/funnel PUBLIC", "POST /login PUBLIC",
          "GET /selfeval SIGNED_IN", "POST /selfeval/rounds/{id}/close COORDINATOR",
          "PUT /api/v1/selfeval/actions/{id} COORDINATOR", "POST /selfeval/respond RESPONDENT",
          "GET /selfeval/respond/{token} PUBLIC", "POST /data/upload DATA_MANAGER", "POST /_local/backup LOCAL_CONTROL",
          "GET /selfeval/rounds/{id}/close COORDINATOR", "GET /selfeval/rounds/{id}/edit COORDINATOR",
          "POST /selfeval/rounds/{id}/edit COORDINATOR", "GET /selfeval/rounds/{id}/reopen COORDINATOR",
          "POST /selfeval/rounds/{id}/reopen COORDINATOR",
          "POST /selfeval/rounds/{id}/invitations/{invitation}/revoke COORDINATOR",
          "GET /selfeval/rounds/{id}/links/{view} COORDINATOR", "GET /selfeval/rounds/{id}/links/{view}/csv COORDINATOR",
          "GET /selfeval/plan.csv COORDINATOR", "PUT /api/v1/selfeval/rounds/{id} COORDINATOR",
          "POST /api/v1/selfeval/rounds/{id}/reopen COORDINATOR", "GET /api/v1/selfeval/rounds/{id}/invitations COORDINATOR",
          "POST /api/v1/selfeval/rounds/{id}/invitations/{invitation}/revoke COORDINATOR");
    }
  }

  @Test
  void anApplicationWithARouteWithoutARoleIsNeverBuilt() {
    try (Application services = WebFixture.services()) {
      List<Function<Site, WebModule>> features = new ArrayList<>(Wiring.webFeatures().modules());
      features.add(site -> routes -> routes.get("/forgotten", ctx -> ctx.result("open to all")));
      assertThatThrownBy(() -> App.create(services, WebSettings.defaults(), features))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("GET /forgotten")
          .hasMessageNotContaining("/methods");
    }
  }
}
