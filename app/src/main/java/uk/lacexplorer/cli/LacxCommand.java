package uk.lacexplorer.cli;

import java.util.function.Function;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;

/**
 * The root command, {@code ./lacx SUBCOMMAND}: holds the one {@link Application} the subcommands share, made on first
 * use from the environment and {@code --db}. The subcommands are added by the wiring ({@code uk.lacexplorer.Wiring}),
 * so that this package knows none of them.
 */
@Command(name = "lacx", mixinStandardHelpOptions = true, version = "LAC Explorer 0.2.0",
    description = "Looked-after children statistics for Wales and England: rates, comparisons and self-evaluation.")
public final class LacxCommand {
  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Database to use (default: the embedded H2 file in $LACX_HOME, or $LACX_DB_URL).")
  String databaseUrl;

  private final Function<Config, Application> open;
  private final Supplier<?> extensions;
  private Application application;

  /**
   * @param open makes the application from the configuration
   * @param extensions what the wiring hands to commands that need more than the application (e.g. the web features
   *     for {@code serve}), made only when a command asks for it with {@link #extension(Class)}
   */
  public LacxCommand(Function<Config, Application> open, Supplier<?> extensions) {
    this.open = open;
    this.extensions = extensions;
  }

  public synchronized Application application() {
    if (application == null) {
      Config config = Config.fromEnvironment();
      if (databaseUrl != null) config = config.withDatabaseUrl(databaseUrl);
      application = open.apply(config);
    }
    return application;
  }

  /** For tests: run commands against a given application. */
  public synchronized void useApplication(Application given) {
    this.application = given;
  }

  /** What the wiring handed over for commands of this type. */
  public <T> T extension(Class<T> type) {
    Object made = extensions.get();
    if (!type.isInstance(made)) throw new IllegalStateException("no " + type.getSimpleName() + " wired");
    return type.cast(made);
  }

  public synchronized void close() {
    if (application != null) application.close();
  }
}
