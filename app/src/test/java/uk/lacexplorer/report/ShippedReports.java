package uk.lacexplorer.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import uk.lacexplorer.Main;
import uk.lacexplorer.Wiring;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.store.Database;

/** An application on the shipped dataset (in memory) and a way to run {@code ./lacx} commands on it. */
final class ShippedReports {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private ShippedReports() {
  }

  static Application application() {
    try {
      return new Application(new Config(Files.createTempDirectory("lacx-report-test"),
          Database.inMemoryUrl("report" + DATABASES.incrementAndGet()), null, null, DatasetFiles.Location.classpath()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@code ./lacx ARGS} prints, run on this application; fails unless it exits 0. */
  static String lacx(Application app, String... args) {
    CommandLine commandLine = Main.commandLine(Wiring.commandLine(Wiring.root(app)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    int code = commandLine.execute(args);
    if (code != 0) throw new AssertionError("./lacx " + String.join(" ", args) + " exited " + code + ": " + err);
    return out.toString();
  }
}
