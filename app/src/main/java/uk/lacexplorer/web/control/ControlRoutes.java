package uk.lacexplorer.web.control;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Backups;
import uk.lacexplorer.store.LocalServer;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebModule;

/**
 * Requests from commands run beside {@code ./lacx serve} on the same home ({@code ./lacx backup}): answered only from
 * a loopback address and only with the home's secret ({@link LocalServer}); anything else is a plain 404, so the
 * route is invisible from the network.
 */
public final class ControlRoutes implements WebModule {
  public static final String BACKUP = "/_local/backup";
  public static final String SECRET_HEADER = "X-Lacx-Secret";
  private final Site site;

  public ControlRoutes(Site site) {
    this.site = site;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post(BACKUP, this::backup);
  }

  private void backup(Context ctx) {
    Application app = site.app();
    if (!app.config().isEmbedded() || !fromLoopback(ctx)) {
      ctx.status(HttpStatus.NOT_FOUND).result("Not found");
      return;
    }
    var server = LocalServer.find(app.config().home());
    if (server.isEmpty() || !LocalServer.accepts(server.get().secret(), ctx.header(SECRET_HEADER))) {
      ctx.status(HttpStatus.NOT_FOUND).result("Not found");
      return;
    }
    ctx.header("Cache-Control", "no-store");
    try {
      Path to = Path.of(ctx.body().strip());
      if (!to.isAbsolute()) throw new UserError("the backup file must be an absolute path");
      Backups.backup(app.database(), app.config().home(), to);
      ctx.status(HttpStatus.OK).result("backed up to " + to);
    } catch (UserError e) {
      ctx.status(HttpStatus.BAD_REQUEST).result(e.getMessage());
    }
  }

  private static boolean fromLoopback(Context ctx) {
    try {
      return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
