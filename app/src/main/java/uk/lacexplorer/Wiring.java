package uk.lacexplorer;

import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.cli.account.UserCommand;
import uk.lacexplorer.cli.browse.AreasCommand;
import uk.lacexplorer.cli.browse.DataCommand;
import uk.lacexplorer.cli.browse.MeasuresCommand;
import uk.lacexplorer.cli.compare.ChangeCommand;
import uk.lacexplorer.cli.compare.ChangePointsCommand;
import uk.lacexplorer.cli.compare.FunnelCommand;
import uk.lacexplorer.cli.compare.ShrinkageCommand;
import uk.lacexplorer.cli.compare.TrendCommand;
import uk.lacexplorer.cli.episodes.EpisodesCommand;
import uk.lacexplorer.cli.episodes.Synth903Command;
import uk.lacexplorer.cli.events.EventsCommand;
import uk.lacexplorer.cli.imports.DatasetCommand;
import uk.lacexplorer.cli.imports.ImportCommand;
import uk.lacexplorer.cli.need.ClustersCommand;
import uk.lacexplorer.cli.need.DecomposeCommand;
import uk.lacexplorer.cli.need.ExplainedCommand;
import uk.lacexplorer.cli.need.ModelCommand;
import uk.lacexplorer.cli.need.NeighboursCommand;
import uk.lacexplorer.cli.need.PairsCommand;
import uk.lacexplorer.cli.need.ScatterCommand;
import uk.lacexplorer.cli.projection.ProjectCommand;
import uk.lacexplorer.cli.rates.RatesCommand;
import uk.lacexplorer.cli.selfeval.SelfevalCommand;
import uk.lacexplorer.cli.serve.ServeCommand;
import uk.lacexplorer.web.Site;
import uk.lacexplorer.web.WebFeatures;
import uk.lacexplorer.web.WebModule;
import uk.lacexplorer.web.account.LoginRoutes;
import uk.lacexplorer.web.api.AnalysisApi;
import uk.lacexplorer.web.area.AreaRoutes;
import uk.lacexplorer.web.compare.CompareRoutes;
import uk.lacexplorer.web.compare.ComparisonApi;
import uk.lacexplorer.web.data.DataRoutes;
import uk.lacexplorer.web.data.UploadRoutes;
import uk.lacexplorer.web.methods.MethodsRoutes;
import uk.lacexplorer.web.need.NeedApi;
import uk.lacexplorer.web.overview.OverviewRoutes;
import uk.lacexplorer.web.projection.ProjectionApi;
import uk.lacexplorer.web.selfeval.SelfevalModule;

/**
 * The one place that lists every command of {@code ./lacx} and every feature of the web application. Adding an
 * analysis adds its command here and its routes here; nothing else knows the list.
 */
public final class Wiring {
  private Wiring() {
  }

  /** The web application's features, in navigation order; the JSON API module last (it serves their endpoints). */
  public static WebFeatures webFeatures() {
    List<Function<Site, WebModule>> modules = List.of(OverviewRoutes::new, AreaRoutes::new, CompareRoutes::new,
        ComparisonApi::new, NeedApi::new, ProjectionApi::new, uk.lacexplorer.web.projection.ProjectionRoutes::new,
        uk.lacexplorer.web.commission.CommissionRoutes::new,
        uk.lacexplorer.web.cascade.CascadeRoutes::new, DataRoutes::new, UploadRoutes::new, MethodsRoutes::new,
        LoginRoutes::new, SelfevalModule::new, uk.lacexplorer.web.control.ControlRoutes::new,
        uk.lacexplorer.web.report.ReportRoutes::new, AnalysisApi::new);
    return new WebFeatures(modules);
  }

  /** The web application with every feature, on the given application (what {@code ./lacx serve} starts). */
  public static io.javalin.Javalin web(Application app, uk.lacexplorer.web.WebSettings settings) {
    return uk.lacexplorer.web.App.create(app, settings, webFeatures().modules());
  }

  /** The root command with every subcommand, opening the application from the configuration on first use. */
  public static CommandLine commandLine() {
    return commandLine(new LacxCommand(Application::new, Wiring::webFeatures));
  }

  /**
   * The command tree for these arguments: when they name a subcommand, only that one is built (building the whole
   * tree of annotated commands is a good part of a short command's start-up); otherwise (help, a mistake) every one.
   */
  public static CommandLine commandLine(String[] args) {
    LacxCommand root = new LacxCommand(Application::new, Wiring::webFeatures);
    String named = subcommandName(args);
    for (Class<?> type : COMMANDS) {
      if (type.getAnnotation(CommandLine.Command.class).name().equals(named)) {
        return new CommandLine(root).addSubcommand(instance(type));
      }
    }
    return commandLine(root);
  }

  /** The first argument that is not the root's own option ({@code --db URL} or {@code --db=URL}), or null. */
  static String subcommandName(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--db")) {
        i++;
      } else if (!args[i].startsWith("-")) {
        return args[i];
      }
    }
    return null;
  }

  /** The command tree on a given root (tests pass one with an application of their own). */
  public static CommandLine commandLine(LacxCommand root) {
    CommandLine commandLine = new CommandLine(root);
    for (Class<?> type : COMMANDS) commandLine.addSubcommand(instance(type));
    return commandLine;
  }

  /** A root command for tests, running on the given application. */
  public static LacxCommand root(Application app) {
    LacxCommand root = new LacxCommand(config -> app, Wiring::webFeatures);
    root.useApplication(app);
    return root;
  }

  /** The command line's subcommands, in the order of {@code --help}. */
  private static final List<Class<?>> COMMANDS = List.of(
      AreasCommand.class, MeasuresCommand.class, DataCommand.class, RatesCommand.class, ImportCommand.class,
      DatasetCommand.class, ScatterCommand.class, ModelCommand.class, ExplainedCommand.class, NeighboursCommand.class,
      PairsCommand.class, ClustersCommand.class, DecomposeCommand.class, EpisodesCommand.class, Synth903Command.class,
      ServeCommand.class, UserCommand.class, SelfevalCommand.class, FunnelCommand.class,
      EventsCommand.class, TrendCommand.class, ChangePointsCommand.class, ShrinkageCommand.class, ChangeCommand.class,
      uk.lacexplorer.cli.need.ChangesCommand.class,
      uk.lacexplorer.cli.backup.BackupCommand.class, uk.lacexplorer.cli.backup.RestoreCommand.class,
      ProjectCommand.class, uk.lacexplorer.cli.commission.CommissionCommand.class,
      uk.lacexplorer.cli.cascade.CascadeCommand.class, uk.lacexplorer.cli.factors.FactorsCommand.class,
      uk.lacexplorer.cli.report.ReportCommand.class);

  /** A new instance of a command (picocli fills its fields). */
  private static Object instance(Class<?> type) {
    try {
      return type.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make command " + type.getName(), e);
    }
  }
}
