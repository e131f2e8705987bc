package uk.lacexplorer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.Config;
import uk.lacexplorer.Services;

/** The root command: {@code ./lacx SUBCOMMAND}. Holds the services the subcommands share. */
@Command(name = "lacx", mixinStandardHelpOptions = true, version = "LAC Explorer 0.1.0",
    description = "Looked-after children statistics for Wales and England: rates, comparisons and self-evaluation.",
    subcommands = {
        AreasCommand.class, MeasuresCommand.class, DataCommand.class, RatesCommand.class, ImportCommand.class,
        DatasetCommand.class,
        ScatterCommand.class, ModelCommand.class, ExplainedCommand.class, NeighboursCommand.class, PairsCommand.class,
        ClustersCommand.class, DecomposeCommand.class,
        uk.lacexplorer.episodes.cli.EpisodesCommand.class, uk.lacexplorer.episodes.cli.Synth903Command.class,
        uk.lacexplorer.web.ServeCommand.class,
        uk.lacexplorer.account.UserCommand.class,
        uk.lacexplorer.selfeval.SelfevalCommand.class,
        FunnelCommand.class,
        uk.lacexplorer.bench.BenchCommand.class,
        EventsCommand.class, TrendCommand.class, ChangePointsCommand.class, ShrinkageCommand.class, ChangeCommand.class
    })
public final class LacxCommand {
  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Database to use (default: the embedded H2 file in $LACX_HOME, or $LACX_DB_URL).")
  String databaseUrl;

  private Services services;

  public synchronized Services services() {
    if (services == null) {
      Config config = Config.fromEnvironment();
      if (databaseUrl != null) config = config.withDatabaseUrl(databaseUrl);
      services = new Services(config);
    }
    return services;
  }

  /** For tests: run commands against given services. */
  public void useServices(Services given) {
    this.services = given;
  }

  public synchronized void close() {
    if (services != null) services.close();
  }
}
