package uk.lacexplorer.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import uk.lacexplorer.account.Account;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.cli.AnalysisCommand;
import uk.lacexplorer.i18n.Arg;
import uk.lacexplorer.i18n.Choices;
import uk.lacexplorer.i18n.Messages;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.report.ReportDocument;
import uk.lacexplorer.report.ReportFormat;
import uk.lacexplorer.report.ReportRequest;
import uk.lacexplorer.report.ReportResult;

/**
 * {@code ./lacx report --area A [--year Y] [--lang en|cy] --out FILE.html|FILE.pdf}: an authority's report, the same
 * service as the profile's "Download report" link. With {@code --nation wales --out DIR}, every current authority of the
 * nation, one file each, with a progress line per report.
 */
@Command(name = "report", mixinStandardHelpOptions = true, subcommands = Reproduce2013Command.class,
    description = {"An authority report for a board, in English or Welsh, as HTML or a tagged PDF: rate and trend with",
        "the nation, funnel position (raw and need-adjusted), observed/expected, statistical neighbours, flows, key",
        "events and the projection, with a sentence for each chart, every chart's table, the sources and the command",
        "lines that reproduce each number. The format follows the file's extension (.html or .pdf).",
        "--nation wales --out DIR writes the report of every authority of the nation into DIR (--format pdf|html).",
        "report reproduce-2013 --out FILE recomputes section 3 of the 2013 research beside its published figures."})
public final class ReportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--area", description = "Authority name or code.")
  String area;

  @Option(names = "--nation", paramLabel = "wales|england", description = "Every authority of the nation (with --out DIR).")
  String nation;

  @Option(names = "--year", description = "Year (31 March of it); default: the latest year with a rate.")
  String year;

  @Option(names = "--lang", paramLabel = "en|cy", description = "Language of the report (default: en).")
  String lang;

  @Option(names = "--format", paramLabel = "pdf|html", description = "With --nation: the format of the files (default: pdf).")
  String format;

  @Option(names = "--as", paramLabel = "USERNAME", description = {"Include the latest closed self-evaluation round that",
      "this account may read (its authority's coordinator, or a national viewer for a shared round), in aggregate."})
  String as;

  @Option(names = "--out", paramLabel = "FILE|DIR", description = "The file to write (.html or .pdf), or the folder with --nation.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Application app = AnalysisCommand.root(spec).application();
    PrintWriter printed = spec.commandLine().getOut();
    if (out == null) throw UserError.of("error.option.required", Arg.option("out"));
    if (nation != null) {
      if (area != null) throw UserError.of("error.report.areaOrNation", Arg.option("area"), Arg.option("nation"));
      return nation(app, printed);
    }
    if (area == null) throw UserError.of("error.option.required", Arg.option("area"));
    ReportRequest request = ReportRequest.forFile(area, year, lang, out.getFileName().toString());
    long start = System.nanoTime();
    ReportDocument document = ReportDocument.of(app.report().run(request, viewer(app)), Messages.standard());
    Path target = write(out, document.bytes());
    printed.println(line(document.result(), target, document.bytes().length, System.nanoTime() - start));
    printed.flush();
    return 0;
  }

  private int nation(Application app, PrintWriter printed) throws IOException {
    Nation chosen = Choices.parse("nation", nation, List.of(Nation.WALES, Nation.ENGLAND), Nation::id, null);
    ReportFormat kind = ReportFormat.parse(format, ReportFormat.PDF);
    Files.createDirectories(out);
    List<Area> areas = app.store().areas().localAuthorities(chosen).stream().filter(each -> each.validTo() == null)
        .sorted(Comparator.comparing(Area::nameEn)).toList();
    Account viewer = viewer(app);
    long all = System.nanoTime();
    int done = 0;
    for (Area each : areas) {
      long start = System.nanoTime();
      ReportRequest request = ReportRequest.parse(each.code().value(), year, lang, kind.id());
      ReportDocument document = ReportDocument.of(app.report().run(request, viewer), Messages.standard());
      Path target = write(out.resolve(document.fileName()), document.bytes());
      done++;
      printed.println("[" + done + "/" + areas.size() + "] " + line(document.result(), target, document.bytes().length,
          System.nanoTime() - start));
      printed.flush();
    }
    printed.println(String.format(Locale.ROOT, "%d reports in %s (%.1f s)", done, out.toAbsolutePath().normalize(),
        (System.nanoTime() - all) / 1e9));
    printed.flush();
    return 0;
  }

  /** The account named by {@code --as}, or null without it; an unknown name is refused. */
  private Account viewer(Application app) {
    if (as == null) return null;
    String name = as.strip();
    return app.accounts().accounts().stream().filter(account -> account.username().equals(name)).findFirst()
        .orElseThrow(() -> UserError.of("error.report.noAccount", Choices.shorten(name)));
  }

  /** Writes the whole file or nothing: to a temporary file beside it, then moved into place. */
  static Path write(Path file, byte[] bytes) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    Path folder = target.getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw UserError.of("error.report.noFolder", folder.toString());
    }
    Path temporary = Files.createTempFile(folder, ".lacx-report-", ".part");
    try {
      Files.write(temporary, bytes);
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return target;
  }

  private static String line(ReportResult result, Path target, int bytes, long nanos) {
    return String.format(Locale.ROOT, "%s (%s), %d, %s, %s: %s (%d KB, %.1f s)", result.area().nameEn(),
        result.area().code().value(), result.year(), result.request().lang().code(),
        result.request().format().id().toUpperCase(Locale.ROOT), target, (bytes + 1023) / 1024, nanos / 1e9);
  }
}
