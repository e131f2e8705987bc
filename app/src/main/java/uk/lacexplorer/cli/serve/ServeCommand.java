package uk.lacexplorer.cli.serve;

import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.web.App;
import uk.lacexplorer.web.WebFeatures;
import uk.lacexplorer.web.WebSettings;

/** {@code ./lacx serve}: starts the web application and runs until stopped (Ctrl+C). */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Start the web application (pages in English and Welsh, and the JSON API under /api/v1/).",
        "Then open http://localhost:8080 (or the port given). Ctrl+C stops it."})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", defaultValue = "8080", description = "Port to listen on (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "localhost",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every network interface).")
  String host;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) throw UserError.of("error.serve.port", Arg.option("port"), Integer.toString(port));
    long started = System.nanoTime();
    LacxCommand root = (LacxCommand) spec.root().userObject();
    Application services = root.application();
    // Open the database (and load the shipped dataset on first use) while the web server starts.
    CompletableFuture<Void> store = CompletableFuture.runAsync(services::store);
    var modules = root.extension(WebFeatures.class).modules();
    // Before listening, the pages most visited are served once on a private loopback port: the shared tables they
    // compute stay in the application's result cache and the code is compiled, so the first visitors under load do
    // not all wait on cold computations (a cold profile takes about a second alone, far longer under 100 connections).
    Javalin warm = App.create(services, WebSettings.fromEnvironment(), modules);
    warm.start("127.0.0.1", 0);
    try {
      store.join();
    } catch (CompletionException e) {
      warm.stop();
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      throw e;
    }
    if (!"0".equals(System.getenv("LACX_WARMUP"))) WarmUp.pages(warm.port(), services);
    warm.stop();
    Javalin app = App.create(services, WebSettings.fromEnvironment(), modules);
    try {
      app.start(host, port);
    } catch (JavalinBindException e) {
      throw UserError.of(e, "error.serve.cannotListen", host, Integer.toString(port), Arg.option("port"));
    }
    // Commands run beside this server on the same home (./lacx backup) reach it on loopback with the home's secret.
    if (services.config().isEmbedded()) uk.lacexplorer.store.LocalServer.announce(services.config().home(), app.port());
    PrintWriter out = spec.commandLine().getOut();
    out.printf("LAC Explorer is running at http://%s:%d/ (ready in %.1f s; Ctrl+C stops it)%n",
        host.equals("0.0.0.0") ? "localhost" : host, app.port(), (System.nanoTime() - started) / 1e9);
    if (WebSettings.fromEnvironment().allowUpload()) out.println("Uploads through the Data page are switched on.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (services.config().isEmbedded()) uk.lacexplorer.store.LocalServer.withdraw(services.config().home());
      app.stop();
      stopped.countDown();
    }, "lacx-stop"));
    stopped.await();
    return 0;
  }
}
