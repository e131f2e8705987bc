package uk.lacexplorer.cli.backup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Backups;
import uk.lacexplorer.store.LocalServer;

/**
 * {@code ./lacx backup --to FILE}: a consistent copy of the embedded database, taken while it is in use. When
 * {@code ./lacx serve} holds the database the running server writes the copy (asked over loopback with the home's
 * secret); otherwise this command opens the database itself.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Back up the embedded database to a file (a zip), also while ./lacx serve is running.",
        "Restore it with ./lacx restore FILE."})
public final class BackupCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--to", required = true, paramLabel = "FILE", description = "The backup file to write (a zip).")
  Path to;

  @Override
  public Integer call() throws IOException, InterruptedException {
    LacxCommand root = (LacxCommand) spec.root().userObject();
    Application app = root.application();
    Config config = app.config();
    if (!config.isEmbedded()) throw UserError.of("error.backup.embeddedOnly");
    Path target = to.toAbsolutePath().normalize();
    Optional<LocalServer> server = LocalServer.find(config.home());
    if (Backups.inUse(config.home()) && server.isPresent()) {
      HttpRequest request = HttpRequest.newBuilder(
              URI.create("http://127.0.0.1:" + server.get().port() + LocalServer.BACKUP_PATH))
          .header(LocalServer.HEADER, server.get().secret())
          .timeout(Duration.ofMinutes(10))
          .POST(HttpRequest.BodyPublishers.ofString(target.toString())).build();
      HttpResponse<String> response;
      try {
        response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw UserError.of(e, "error.backup.serverSilent", config.home(), Integer.toString(server.get().port()), e.getMessage());
      }
      if (response.statusCode() != 200) throw UserError.of("error.backup.serverFailed", response.body());
    } else {
      Backups.backup(app.database(), config.home(), target);
    }
    spec.commandLine().getOut().println("Backed up the database in " + config.home() + " to " + target);
    return 0;
  }
}
