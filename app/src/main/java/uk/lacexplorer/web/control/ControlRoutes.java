package uk.lacexplorer.web.control;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.file.Path;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Backups;
import uk.lacexplorer.store.LocalServer;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebRole;
import uk.lacexplorer.web.WebModule;

/**
 * Requests from commands run beside {@code ./lacx serve} on the same home ({@code ./lacx backup}). The route needs
 * {@link WebRole#LOCAL_CONTROL}: answered only from a loopback address and only with the home's secret
 * ({@link LocalServer}); anything else is a plain 404, so the route is invisible from the network.
 */
public final class ControlRoutes implements WebModule {
  public static final String BACKUP = LocalServer.BACKUP_PATH;
  public static final String SECRET_HEADER = LocalServer.HEADER;
  private final Site site;

  public ControlRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post(BACKUP, this::backup, WebRole.LOCAL_CONTROL);
  }

  private void backup(Context ctx) {
    Application app = site.app();
    ctx.header("Cache-Control", "no-store");
    try {
      Path to = Path.of(ctx.body().strip());
      if (!to.isAbsolute()) throw UserError.of("error.backup.absolutePath");
      Backups.backup(app.database(), app.config().home(), to);
      ctx.status(HttpStatus.OK).result("backed up to " + to);
    } catch (UserError e) {
      ctx.status(HttpStatus.BAD_REQUEST).result(e.getMessage());
    }
  }
}
