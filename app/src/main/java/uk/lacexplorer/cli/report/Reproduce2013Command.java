package uk.lacexplorer.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.disclosure.Disclosure;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.output.OutputFormat;
import uk.lacexplorer.output.OutputWriter;
import uk.lacexplorer.report.ReportFormat;
import uk.lacexplorer.report.ReportPdf;
import uk.lacexplorer.report.Reproduce2013Html;
import uk.lacexplorer.report.Reproduce2013Request;
import uk.lacexplorer.report.Reproduce2013Result;
import uk.lacexplorer.report.Reproduce2013Table;

/**
 * {@code ./lacx report reproduce-2013 [--lang en|cy] --out FILE.html|FILE.pdf}: section 3 of the 2013 research
 * recomputed; prints each figure beside the published value (with {@code --format table|csv|json}) and writes the
 * document.
 */
@Command(name = "reproduce-2013", mixinStandardHelpOptions = true,
    description = {"The 2013 analysis, reproduced: recomputes section 3 of the 2013 research on looked after children in",
        "Wales (counts, rates, change 2005-2011, the funnel, England, the ten highest rates of both nations) on the",
        "shipped data and prints each figure beside the published value, the denominator used and why they differ.",
        "Writes the document to --out (.html or .pdf)."})
public final class Reproduce2013Command implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (.html or .pdf).")
  Path out;

  @Option(names = "--lang", paramLabel = "en|cy", description = "Language of the document (default: en).")
  String lang;

  @Option(names = "--format", paramLabel = "table|csv|json", description = "How the figures are printed (default: table).")
  String format;

  @Override
  public Integer call() throws IOException {
    OutputFormat printedAs = OutputFormat.parse(format, OutputFormat.TABLE);
    Reproduce2013Request request = Reproduce2013Request.forFile(lang, out.getFileName().toString());
    Application app = AnalysisCommand.root(spec).application();
    long start = System.nanoTime();
    Messages messages = Messages.standard();
    Reproduce2013Result result = app.report().reproduction().run(request);
    String html = Reproduce2013Html.render(result, messages);
    byte[] bytes = request.format() == ReportFormat.PDF ? ReportPdf.render(html) : html.getBytes(StandardCharsets.UTF_8);
    Path target = ReportCommand.write(out, bytes);
    PrintWriter printed = spec.commandLine().getOut();
    printed.print(OutputWriter.write(Disclosure.protect(Reproduce2013Table.output(result, messages)), printedAs));
    if (printedAs == OutputFormat.TABLE) {
      printed.println(String.format(Locale.ROOT, "%s: %s (%d KB, %.1f s)", request.format().id().toUpperCase(Locale.ROOT),
          target, (bytes.length + 1023) / 1024, (System.nanoTime() - start) / 1e9));
    }
    printed.flush();
    return 0;
  }
}
