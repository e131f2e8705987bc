package uk.lacexplorer.web.api;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.TreeMap;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import uk.lacexplorer.Services;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.cli.LacxCommand;

/**
 * Runs a read-only analysis command of {@code ./lacx} for the web, so that the API gives exactly what the command
 * prints: {@code /api/v1/model?nation=wales&year=2018&covariates=a,b} runs {@code lacx model --nation=wales
 * --year=2018 --covariates=a,b --format=json}. Only the commands in {@link #READ_ONLY} that exist are offered;
 * only their own options are accepted (each value stays one argument, so it can never become another option).
 * Thread-safe: every call parses with a new command line.
 */
public final class CommandBridge {
  /**
   * Commands that only read, by API name: the analyses, present and to come, and {@code events} for
   * {@code events list}. Import, dataset, serve, user, events add… are never run.
   */
  static final Map<String, List<String>> READ_ONLY = Map.ofEntries(
      Map.entry("scatter", List.of("scatter")), Map.entry("model", List.of("model")),
      Map.entry("explained", List.of("explained")), Map.entry("neighbours", List.of("neighbours")),
      Map.entry("pairs", List.of("pairs")), Map.entry("clusters", List.of("clusters")),
      Map.entry("decompose", List.of("decompose")), Map.entry("funnel", List.of("funnel")),
      Map.entry("trend", List.of("trend")), Map.entry("changepoints", List.of("changepoints")),
      Map.entry("shrinkage", List.of("shrinkage")), Map.entry("change", List.of("change")),
      Map.entry("events", List.of("events", "list")));
  private static final Set<String> NOT_PARAMETERS = Set.of("--help", "--version", "--format");
  private final Services services;
  private volatile List<String> commands;

  public CommandBridge(Services services) {
    this.services = services;
  }

  /** The read-only commands this build has (by API name), in name order. */
  public List<String> commands() {
    List<String> known = commands;
    if (known == null) {
      CommandLine root = new CommandLine(new LacxCommand());
      known = READ_ONLY.keySet().stream().filter(name -> find(root, name) != null).sorted().toList();
      commands = known;
    }
    return known;
  }

  /** The command line of an API name's command, or null when this build does not have it. */
  private static CommandLine find(CommandLine root, String name) {
    List<String> path = READ_ONLY.get(name);
    if (path == null) return null;
    CommandLine current = root;
    for (String part : path) {
      current = current.getSubcommands().get(part);
      if (current == null) return null;
    }
    return current;
  }

  /** The parameter names a command accepts (its long option names without {@code --}). */
  public Map<String, OptionSpec> parameters(String command) {
    CommandLine sub = find(new CommandLine(new LacxCommand()), command);
    if (sub == null) throw new UserError("unknown command " + command);
    Map<String, OptionSpec> names = new TreeMap<>();
    for (OptionSpec option : sub.getCommandSpec().options()) {
      String name = option.longestName();
      if (name.startsWith("--") && !NOT_PARAMETERS.contains(name)) names.put(name.substring(2), option);
    }
    return names;
  }

  /**
   * Runs the command with the given parameters ({@code name → values}) and returns what it prints in {@code format}
   * ({@code json} or {@code csv}).
   */
  public String run(String command, Map<String, List<String>> params, String format) {
    String chosen = format == null ? "json" : format.toLowerCase(Locale.ROOT);
    if (!chosen.equals("json") && !chosen.equals("csv")) {
      throw new UserError("unknown format '" + format + "': use json or csv");
    }
    List<String> args = new ArrayList<>(arguments(command, params));
    args.add("--format=" + chosen);
    LacxCommand root = new LacxCommand();
    root.useServices(services);
    CommandLine commandLine = new CommandLine(root);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    StringWriter out = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(new StringWriter()));
    CommandLine.ParseResult parsed;
    try {
      parsed = commandLine.parseArgs(args.toArray(String[]::new));
    } catch (CommandLine.ParameterException e) {
      throw new UserError(e.getMessage().replace("'--", "'").replaceAll("\\s*\\R\\s*", " "));
    }
    CommandLine.ParseResult leaf = parsed;
    while (leaf.hasSubcommand()) leaf = leaf.subcommand();
    Object analysis = leaf.commandSpec().userObject();
    if (!(analysis instanceof Callable<?> callable)) throw new IllegalStateException(command + " cannot be run");
    try {
      callable.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(command + " failed", e);
    }
    return out.toString();
  }

  /** The command line that {@link #run} runs for these parameters (without {@code --format}). */
  public List<String> arguments(String command, Map<String, List<String>> params) {
    Map<String, OptionSpec> accepted = parameters(command);
    List<String> args = new ArrayList<>(READ_ONLY.get(command));
    for (Map.Entry<String, List<String>> entry : new TreeMap<>(params).entrySet()) {
      OptionSpec option = accepted.get(entry.getKey());
      if (option == null) {
        throw new UserError("unknown parameter '" + entry.getKey() + "': use " + String.join(", ", accepted.keySet()));
      }
      for (String value : entry.getValue()) {
        if (option.arity().max() == 0) {
          if (isTrue(entry.getKey(), value)) args.add("--" + entry.getKey());
        } else {
          args.add("--" + entry.getKey() + "=" + value);
        }
      }
    }
    return args;
  }

  private static boolean isTrue(String name, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "", "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new UserError("parameter '" + name + "': '" + value + "' is not true or false");
    };
  }

}
