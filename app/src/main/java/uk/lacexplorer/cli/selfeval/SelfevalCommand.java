package uk.lacexplorer.cli.selfeval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.selfeval.FrameworkTable;

/** {@code ./lacx selfeval …}: the self-evaluation framework from the command line. */
@Command(name = "selfeval", mixinStandardHelpOptions = true,
    description = "Self-evaluation against the 23 characteristics of the 2013 research.",
    subcommands = SelfevalCommand.FrameworkCommand.class)
public final class SelfevalCommand {

  @Command(name = "framework", mixinStandardHelpOptions = true,
      description = {"Print the self-evaluation framework: themes and characteristics in English and Welsh.",
          "With --file, check an adapted framework document and print it."})
  static final class FrameworkCommand extends AnalysisCommand {
    @Option(names = "--file", paramLabel = "FILE", description = "A framework JSON document to check instead of the standard one.")
    Path file;

    @Override
    protected Output output(Application services) {
      Framework framework = file == null ? FrameworkJson.standard() : FrameworkJson.parse(read(file), file.toString());
      return FrameworkTable.output(framework);
    }

    private static String read(Path path) {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw UserError.of(e, "error.file.unreadable", path, e.getMessage());
      }
    }
  }
}
