package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Base of the browser tests: a fresh browser context and page per test, console errors collected. */
abstract class BrowserTest {
  static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  static final JsonMapper JSON = JsonMapper.builder().build();
  static Browser browser;
  BrowserContext context;
  Page page;
  final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void startBrowser() {
    browser = new Browser();
  }

  @AfterAll
  static void stopBrowser() {
    browser.close();
  }

  @BeforeEach
  void openPage() {
    context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setAcceptDownloads(true).setViewportSize(1280, 900));
    page = context.newPage();
    page.onConsoleMessage(message -> {
      if (message.type().equals("error")) consoleErrors.add(message.text());
    });
    page.onPageError(error -> consoleErrors.add(error));
  }

  @AfterEach
  void closePage() {
    context.close();
  }

  /** Opens a page of the site and waits until its scripts have drawn (no network activity left). */
  Page open(String path) {
    page.navigate(browser.url(path));
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    return page;
  }

  JsonNode api(String path) {
    return JSON.readTree(page.request().get(browser.url(path)).text());
  }

  /** Runs axe-core with the WCAG 2.2 AA rules and describes every violation (empty when there is none). */
  List<String> accessibilityViolations() {
    AxeResults results = new AxeBuilder(page).withTags(WCAG_22_AA).analyze();
    List<String> problems = new ArrayList<>();
    for (Rule rule : results.getViolations()) {
      rule.getNodes().forEach(node -> problems.add(rule.getId() + ": " + rule.getHelp() + " at " + node.getTarget()
          + " " + node.getHtml()));
    }
    return problems;
  }

  void assertNoConsoleErrors() {
    assertThat(consoleErrors).as("console errors (CSP violations show here)").isEmpty();
  }

  /**
   * What stops the page reflowing at its present width (WCAG 1.4.10): sideways scrolling of the whole page (a wide
   * table may scroll inside its own region), measured once the charts have drawn, and tables without a caption.
   */
  List<String> reflowProblems(Page on) {
    List<String> problems = new ArrayList<>();
    Object wide = on.evaluate(ReflowIT.SIDEWAYS);
    if (((Number) wide).intValue() > 0) {
      on.waitForTimeout(500);
      wide = on.evaluate(ReflowIT.SIDEWAYS);
    }
    if (((Number) wide).intValue() > 0) problems.add("scrolls sideways by " + wide + " px: " + on.evaluate(ReflowIT.WIDEST));
    Object uncaptioned = on.evaluate("[...document.querySelectorAll('table')].filter(t => !t.caption"
        + " || !t.caption.textContent.trim()).map(t => t.id || t.className).join(', ')");
    if (!uncaptioned.toString().isEmpty()) problems.add("tables without a caption: " + uncaptioned);
    return problems;
  }
}
