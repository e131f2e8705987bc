package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The README's pictures of the overview, in English and in Welsh, with the need switch on "adjusted for need": taken
 * in Chromium from the running site into {@code e2e/target/screenshots/} (scripts/screenshots.sh copies them to
 * docs/images/). The page must show the switch set to adjusted, in the page's language, before it is taken.
 */
class ScreenshotsIT extends BrowserTest {
  static final Path OUT = Path.of(System.getProperty("lacx.screenshots", "target/screenshots"));

  @ParameterizedTest(name = "{0}")
  @CsvSource({"overview-adjusted-en.png, en, Adjusted for need", "overview-adjusted-cy.png, cy, Wedi'u haddasu ar gyfer angen"})
  void theOverviewWithTheNeedSwitch(String name, String lang, String adjusted) throws IOException {
    open("/?nation=wales&view=adjusted&area=W06000020&lang=" + lang);
    assertThat(page.locator(".lacx-switch__link[aria-current]").textContent().strip()).isEqualTo(adjusted);
    // From the switch down: the map and the chart of observed against expected, as a reader scrolls to them.
    page.setViewportSize(1280, 1150);
    page.evaluate("window.scrollTo(0, document.querySelector('.lacx-switch').getBoundingClientRect().top + window.scrollY - 15)");
    page.waitForTimeout(300);
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    page.screenshot(new com.microsoft.playwright.Page.ScreenshotOptions().setPath(file).setFullPage(false));
    assertThat(Files.size(file)).isGreaterThan(20_000);
  }
}
