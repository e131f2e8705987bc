package uk.lacexplorer.web;

import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;
import uk.lacexplorer.application.Application;

/**
 * Builds the web application on the given application: the features' pages and API answers, the JSON API under
 * {@code /api/v1/}, static assets, languages, security headers and error handling. {@code ./lacx serve} starts the
 * result; tests pass it to {@code JavalinTest}. Each feature is a {@link WebModule}; the wiring
 * ({@code uk.lacexplorer.Wiring}) lists them, so this package knows none of them.
 */
public final class App {
  /** Largest official file accepted for upload, in MB (official LA-level files are a few MB at most). */
  static final int UPLOAD_LIMIT_MB = 50;
  private App() {
  }

  /**
   * @param features the site's features in navigation order, each made from the shared {@link Site} (the JSON API
   *     module among them, last, serves every feature's {@link ApiEndpoint}s)
   */
  public static Javalin create(Application app, WebSettings settings, List<Function<Site, WebModule>> features) {
    Site site = new Site(app, settings);
    List<Function<Site, WebModule>> factories = new ArrayList<>(features);
    factories.forEach(factory -> site.addModule(factory.apply(site)));
    Javalin javalin = Javalin.create(config -> {
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
      AccessControl access = new AccessControl(site);
      config.routes.beforeMatched(access::check);
      Errors.register(config.routes, site);
      for (WebModule module : site.modules()) module.register(config.routes);
    });
    AccessControl.requireRoles(javalin.unsafe.internalRouter.allHttpHandlers());
    return javalin;
  }
}
