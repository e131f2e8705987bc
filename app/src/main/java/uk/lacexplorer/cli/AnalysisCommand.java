package uk.lacexplorer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.output.OutputFormat;
import uk.lacexplorer.output.OutputWriter;

/**
 * A subcommand that answers with an analysis' {@link Output} and prints it with {@code --format table|csv|json}.
 * A subclass only turns its options into the analysis' request and calls the service and its mapper.
 */
public abstract class AnalysisCommand implements Callable<Integer> {
  @Spec
  protected CommandSpec spec;

  @Option(names = "--format", paramLabel = "table|csv|json", description = "Output format (default: table).")
  String format;

  /** The analysis' answer, made by its one mapper. */
  protected abstract Output output(Application app);

  @Override
  public Integer call() {
    OutputFormat chosen = OutputFormat.parse(format, OutputFormat.TABLE);
    Output output = uk.lacexplorer.disclosure.Disclosure.protect(output(app()));
    PrintWriter out = spec.commandLine().getOut();
    out.print(OutputWriter.write(output, chosen));
    out.flush();
    return 0;
  }

  protected Application app() {
    return root(spec).application();
  }

  public static LacxCommand root(CommandSpec spec) {
    return (LacxCommand) spec.root().userObject();
  }
}
