package uk.lacexplorer.web.selfeval;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.List;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.account.TinyWales;
import uk.lacexplorer.web.App;
import uk.lacexplorer.web.WebSettings;

/** The whole web application on a random port over the tiny dataset; can be restarted on the same database. */
final class SelfevalServer implements AutoCloseable {
  private final Path folder;
  private final String databaseUrl;
  private Application services;
  private Javalin app;

  SelfevalServer(Path folder, String databaseUrl) {
    this.folder = folder;
    this.databaseUrl = databaseUrl;
    start();
  }

  private void start() {
    services = TinyWales.services(folder, databaseUrl);
    services.store();
    app = uk.lacexplorer.Wiring.web(services, WebSettings.defaults()).start("localhost", 0);
  }

  /** Stops the server and starts a new one (new services, new connections) on the same database. */
  void restart() {
    close();
    start();
  }

  /** The running web application (its router lists every registered route). */
  Javalin javalin() {
    return app;
  }

  int port() {
    return app.port();
  }

  Browser browser() {
    return new Browser(port());
  }

  Application services() {
    return services;
  }

  @Override
  public void close() {
    app.stop();
    services.close();
  }
}
