package uk.lacexplorer.cli.imports;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.imports.ImportRejectedException;
import uk.lacexplorer.imports.ImportResult;
import uk.lacexplorer.imports.Importer;
import uk.lacexplorer.imports.Problem;
import uk.lacexplorer.store.ImportSummary;

@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Import an official file as downloaded: all of it, or nothing.",
        "Run with --list to see the kinds of file understood."})
public final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "Kind of file (see --list).")
  String kind;

  @Parameters(index = "1", arity = "0..1", paramLabel = "FILE")
  Path file;

  @Option(names = "--option", paramLabel = "NAME=VALUE",
      description = "Importer option, e.g. --option lookup=FILE or --option year=2012.")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--check", description = "Read and report problems without saving anything.")
  boolean check;

  @Option(names = "--list", description = "List the kinds of file understood.")
  boolean list;

  @Option(names = "--all-problems", description = "Print every problem of a rejected file, one per line.")
  boolean allProblems;

  @Override
  public Integer call() {
    Application services = uk.lacexplorer.cli.AnalysisCommand.root(spec).application();
    PrintWriter out = spec.commandLine().getOut();
    if (list || kind == null) {
      for (Importer importer : services.importers().all()) {
        out.printf("%-28s %s%n", importer.kind(), importer.description());
      }
      out.flush();
      return 0;
    }
    if (file == null) throw UserError.of("error.import.fileMissing", kind);
    try {
      if (check) {
        ImportResult result = services.imports().check(kind, file, options);
        if (result instanceof ImportResult.Rejected rejected) throw new ImportRejectedException(rejected.problems());
        ImportResult.Loaded loaded = (ImportResult.Loaded) result;
        out.printf("%s: %d values read as %s; nothing saved (--check).%n", file, loaded.observations().size(), kind);
      } else {
        ImportSummary summary = services.imports().importFile(kind, file, options);
        services.database().compactOnClose();
        out.printf("%s: imported as %s (source %s): %d added, %d changed (flagged revised), %d unchanged.%n",
            file, kind, summary.sourceId(), summary.added(), summary.changed(), summary.unchanged());
      }
    } catch (ImportRejectedException rejected) {
      if (allProblems) {
        PrintWriter err = spec.commandLine().getErr();
        for (Problem problem : rejected.problems()) err.println(problem);
        err.flush();
      }
      throw rejected;
    }
    out.flush();
    return 0;
  }
}
