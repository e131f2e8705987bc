package uk.lacexplorer.cli.selfeval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.FrameworkJson;

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
      List<List<Object>> rows = new ArrayList<>();
      for (Framework.Theme theme : framework.themes()) {
        for (Framework.Characteristic item : theme.characteristics()) {
          rows.add(List.of(theme.id(), item.id(), item.textEn(), item.textCy()));
        }
      }
      return Output.of(Column.named(List.of("theme", "id", "text_en", "text_cy")), rows,
              List.of(framework.key() + ": " + framework.creditEn()))
          .withJson(FrameworkJson.tree(framework));
    }

    private static String read(Path path) {
      try {
        return Files.readString(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UserError("cannot read framework file " + path + ": " + e.getMessage());
      }
    }
  }
}
