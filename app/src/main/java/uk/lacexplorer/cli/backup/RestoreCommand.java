package uk.lacexplorer.cli.backup;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.cli.LacxCommand;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.store.Backups;

/** {@code ./lacx restore FILE [--force]}: puts a backup back as the embedded database (the server must be stopped). */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restore the embedded database from a file made by ./lacx backup.",
        "Refuses to replace an existing database without --force, and while ./lacx serve is running."})
public final class RestoreCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The backup file (made by ./lacx backup).")
  Path from;

  @Option(names = "--force", description = "Replace the database that is there.")
  boolean force;

  @Override
  public Integer call() {
    LacxCommand root = (LacxCommand) spec.root().userObject();
    Config config = root.application().config();
    if (!config.isEmbedded()) throw UserError.of("error.restore.embeddedOnly");
    Backups.restore(from, config.home(), force);
    spec.commandLine().getOut().println("Restored " + from + " into " + config.home());
    return 0;
  }
}
