package uk.lacexplorer.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.Services;

/** A subcommand that produces a {@link Report} and prints it with {@code --format table|csv|json}. */
public abstract class ReportCommand implements Callable<Integer> {
  @Spec
  protected CommandSpec spec;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
      converter = FormatConverter.class, description = "Output format (default: ${DEFAULT-VALUE}).")
  protected OutputFormat format;

  protected abstract Report report(Services services);

  @Override
  public Integer call() {
    Report report = report(services());
    PrintWriter out = spec.commandLine().getOut();
    ReportPrinter.print(report, format, out);
    return 0;
  }

  protected Services services() {
    return ((LacxCommand) spec.root().userObject()).services();
  }
}
