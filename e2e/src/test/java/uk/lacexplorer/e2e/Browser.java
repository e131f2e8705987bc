package uk.lacexplorer.e2e;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.web.App;
import uk.lacexplorer.web.WebFixture;
import uk.lacexplorer.web.WebSettings;

/**
 * One web server (in this JVM, on a free port, with the fixture dataset) and one headless Chromium (Debian's
 * package, driven by Playwright without downloading a browser) shared by the browser tests of a class.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("lacx.chromium", "/usr/bin/chromium"));
  final Javalin server;
  final Playwright playwright;
  final com.microsoft.playwright.Browser chromium;

  Browser() {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(CHROMIUM + " not found: install Debian's chromium package (apt-get install chromium)"
          + " or give its path with -Dlacx.chromium=PATH");
    }
    // Uploads are switched on so that the upload page and its error summary are checked too.
    server = uk.lacexplorer.Wiring.web(WebFixture.services(), new WebSettings(true)).start("127.0.0.1", 0);
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
        .setExecutablePath(CHROMIUM)
        .setHeadless(true)
        .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run")));
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  @Override
  public void close() {
    chromium.close();
    playwright.close();
    server.stop();
  }
}
