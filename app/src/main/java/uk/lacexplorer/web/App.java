package uk.lacexplorer.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import io.javalin.security.Roles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.Services;
import uk.lacexplorer.web.api.CommandApi;
import uk.lacexplorer.web.area.AreaRoutes;
import uk.lacexplorer.web.compare.CompareRoutes;
import uk.lacexplorer.web.data.DataRoutes;
import uk.lacexplorer.web.data.UploadRoutes;
import uk.lacexplorer.web.methods.MethodsRoutes;
import uk.lacexplorer.web.overview.OverviewRoutes;

/**
 * Builds the web application on the given services: pages, the JSON API under {@code /api/v1/}, static assets,
 * languages, security headers and error handling. {@code ./lacx serve} starts the result; tests pass it to
 * {@code JavalinTest}. Each feature is a {@link WebModule}; more can be plugged in.
 */
public final class App {
  /** Largest official file accepted for upload, in MB (official LA-level files are a few MB at most). */
  static final int UPLOAD_LIMIT_MB = 50;
  private App() {
  }

  public static Javalin create(Services services) {
    return create(services, WebSettings.fromEnvironment(), List.of());
  }

  /**
   * @param extra further features (e.g. self-evaluation, login), each made from the shared {@link Site}
   */
  public static Javalin create(Services services, WebSettings settings, List<Function<Site, WebModule>> extra) {
    Site site = new Site(services, settings);
    List<Function<Site, WebModule>> factories = new ArrayList<>(List.of(
        OverviewRoutes::new, AreaRoutes::new, CompareRoutes::new, DataRoutes::new, UploadRoutes::new, MethodsRoutes::new,
        CommandApi::new, uk.lacexplorer.account.web.LoginRoutes::new, uk.lacexplorer.selfeval.web.SelfevalModule::new));
    factories.addAll(extra);
    factories.forEach(factory -> site.addModule(factory.apply(site)));
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.compressionStrategy = CompressionStrategy.GZIP;
      config.http.generateEtags = true;
      config.http.maxRequestSize = UPLOAD_LIMIT_MB * 1024 * 1024;
      config.jetty.multipartConfig.maxFileSize(UPLOAD_LIMIT_MB, SizeUnit.MB);
      config.jetty.multipartConfig.maxTotalRequestSize(UPLOAD_LIMIT_MB + 1, SizeUnit.MB);
      config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
      config.router.ignoreTrailingSlashes = true;
      config.jsonMapper(new JavalinJackson3(JsonMapper.builder().build(), false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/static/vendor";
        files.directory = "/static/vendor";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable");
      });
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/static";
        files.location = Location.CLASSPATH;
        files.headers = Map.of("Cache-Control", "no-cache");
      });
      config.routes.before(SecurityHeaders::apply);
      config.routes.before(Languages::resolve);
      config.routes.beforeMatched(ctx -> {
        var matched = ctx.endpoints().matchedHttpEndpoint();
        Roles roles = matched == null ? null : matched.metadata(Roles.class);
        if (roles == null) return;
        for (var role : roles.getRoles()) {
          if (role instanceof WebRole webRole && !site.permits(ctx, webRole)) {
            throw new io.javalin.http.ForbiddenResponse(site.messages().lookup(site.lang(ctx), "error.403.detail"));
          }
        }
      });
      Errors.register(config.routes, site);
      for (WebModule module : site.modules()) module.register(config.routes);
    });
  }
}
