package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.Media;
import io.javalin.Javalin;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.account.Role;
import uk.lacexplorer.selfeval.Framework;
import uk.lacexplorer.selfeval.FrameworkJson;
import uk.lacexplorer.web.App;
import uk.lacexplorer.web.WebFixture;
import uk.lacexplorer.web.WebSettings;

/**
 * Self-evaluation in a real browser, by keyboard where a person would use one: a coordinator signs in, opens a round
 * and creates links; five people answer (one in Welsh, saving a draft first); the coordinator closes the round and
 * reads the results. Every page of the journey passes axe-core's WCAG 2.2 AA rules in the language it is used in.
 */
class SelfevalIT extends BrowserTest {
  static final String PASSWORD = "e2e coordinator password";
  static Application services;
  static Javalin server;

  @BeforeAll
  static void startSelfevalServer() {
    services = WebFixture.services();
    services.accounts().create("tor.e2e", Role.COORDINATOR, "W06000020", PASSWORD.toCharArray(), "e2e");
    server = uk.lacexplorer.Wiring.web(services, WebSettings.defaults()).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stopSelfevalServer() {
    server.stop();
    services.close();
  }

  static String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  void go(Page on, String path) {
    on.navigate(url(path));
    on.waitForLoadState(LoadState.NETWORKIDLE);
  }

  /** Focus an element and press a key, as someone using the keyboard would. */
  static void press(Page on, String selector, String key) {
    on.locator(selector).focus();
    on.keyboard().press(key);
  }

  /** Focus a link or button and press a key that takes the browser to another page; wait for it. */
  static void follow(Page on, String selector, String key) {
    on.locator(selector).focus();
    on.waitForNavigation(() -> on.keyboard().press(key));
    on.waitForLoadState(LoadState.NETWORKIDLE);
  }

  static void type(Page on, String selector, String text) {
    on.locator(selector).focus();
    on.keyboard().type(text);
  }

  void assertAccessible(Page on) {
    Page previous = page;
    page = on;
    try {
      assertThat(accessibilityViolations()).as(on.url()).isEmpty();
      // and at 320 px wide: no sideways scrolling, every table captioned, still no axe violation (WCAG 1.4.10)
      var size = on.viewportSize();
      on.setViewportSize(320, 640);
      try {
        assertThat(reflowProblems(on)).as(on.url() + " at 320 px").isEmpty();
        assertThat(accessibilityViolations()).as(on.url() + " at 320 px").isEmpty();
      } finally {
        on.setViewportSize(size.width, size.height);
      }
    } finally {
      page = previous;
    }
  }

  @Test
  void createInviteRespondCloseAndReadResults() {
    // Sign in: the protected start page sends us to the login page first.
    go(page, "/selfeval");
    assertThat(page.url()).contains("/login?next=");
    assertAccessible(page);
    type(page, "#username", "tor.e2e");
    type(page, "#password", PASSWORD);
    follow(page, "#password", "Enter");
    assertThat(page.url()).endsWith("/selfeval");
    assertAccessible(page);

    // Open a round.
    follow(page, "a[href='/selfeval/rounds/new']", "Enter");
    assertAccessible(page);
    type(page, "#title", "Spring review");
    page.locator("#opens").fill(LocalDate.now().toString());
    page.locator("#closes").fill(LocalDate.now().plusDays(14).toString());
    press(page, "#group-social_work", "Space");
    press(page, "#groups", "Space");
    follow(page, "form button[type=submit]", "Enter");
    assertThat(page.url()).matches(".*/selfeval/rounds/\\d+$");
    String roundPath = page.url().substring(page.url().indexOf("/selfeval/"));
    assertAccessible(page);

    // Create five links for social workers.
    page.locator("#group").selectOption("social_work");
    page.locator("#count").fill("5");
    follow(page, "button[name=output][value=page]", "Enter");
    List<String> links = new ArrayList<>();
    for (String text : page.locator("#new-links code").allTextContents()) links.add(text.strip());
    assertThat(links).hasSize(5);
    assertAccessible(page);
    // The language switch keeps the links just made on the page.
    String linksPath = page.url().substring(page.url().indexOf("/selfeval/"));
    go(page, linksPath + "?lang=cy");
    assertThat(page.locator("#new-links code").allTextContents().stream().map(String::strip).toList()).isEqualTo(links);
    assertAccessible(page);
    go(page, linksPath + "?lang=en");

    // The first person answers in Welsh by keyboard, saves a draft, comes back and submits.
    BrowserContext welshContext = browser.chromium.newContext();
    Page welsh = welshContext.newPage();
    welsh.navigate(links.get(0) + "?lang=cy");
    welsh.navigate(links.get(0).replaceAll("/selfeval/respond/.*", "/selfeval/respond?lang=cy"));
    welsh.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(welsh.locator("html").getAttribute("lang")).isEqualTo("cy");
    assertAccessible(welsh);
    press(welsh, "#answer-A1", "Space");
    press(welsh, "#answer-A1", "ArrowDown");
    follow(welsh, "#save", "Enter");
    assertThat(welsh.locator("#saved").isVisible()).isTrue();
    assertThat(welsh.locator("#answer-A1-emerging").isChecked()).isTrue();
    welsh.reload();
    assertThat(welsh.locator("#answer-A1-emerging").isChecked()).isTrue();
    assertThat(welsh.locator("#theme-position").textContent()).contains("Thema 1 o 5");
    welsh.navigate(links.get(0).replaceAll("/selfeval/respond/.*", "/selfeval/respond?theme=E"));
    follow(welsh, "#submit", "Enter");
    assertThat(welsh.locator(".govuk-error-summary").isVisible()).isTrue();
    assertAccessible(welsh);
    welsh.navigate(links.get(0).replaceAll("/selfeval/respond/.*", "/selfeval/respond?theme=A"));
    answerAll(welsh, "established");
    assertThat(welsh.locator("#thanks").textContent()).contains("Diolch");
    assertAccessible(welsh);
    welshContext.close();

    // Four more answer in English.
    for (String link : links.subList(1, 5)) {
      BrowserContext context = browser.chromium.newContext();
      Page respondent = context.newPage();
      respondent.navigate(link + "?lang=en");
      respondent.waitForLoadState(LoadState.NETWORKIDLE);
      answerAll(respondent, "emerging");
      assertThat(respondent.locator("#thanks").isVisible()).isTrue();
      context.close();
    }

    // Close and read the results in both languages.
    go(page, roundPath);
    assertThat(page.locator("tr[data-group=social_work] [data-column=submitted]").textContent().strip()).isEqualTo("5");
    follow(page, "#close-round", "Enter");
    assertThat(page.locator("#confirm-close").isVisible()).isTrue();
    assertAccessible(page);
    follow(page, "#confirm-close", "Enter");
    assertThat(page.locator("#round-status").textContent()).contains("Closed");
    follow(page, "#results-link", "Enter");
    assertThat(page.locator("#respondents").textContent()).contains("5");
    assertThat(page.locator("tr[data-characteristic=B1] [data-column=share]").textContent().strip()).isEqualTo("20%");
    assertThat(page.locator("#no-target").isVisible()).isTrue();
    assertThat(page.locator("#need-adjusted").textContent()).contains("Need-adjusted ratio, 2023");
    assertAccessible(page);
    go(page, roundPath + "/results?lang=cy");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo("cy");
    assertAccessible(page);
    go(page, roundPath + "/report?lang=en");
    assertAccessible(page);
    go(page, "/selfeval/plan?lang=cy");
    assertAccessible(page);
    // Printed, the plan loses its menus and forms.
    assertThat(page.locator("form[action='/selfeval/plan']").isVisible()).isTrue();
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
    assertThat(page.locator("form[action='/selfeval/plan']").isVisible()).isFalse();
    assertThat(page.locator("header.govuk-template__header").isVisible()).isFalse();
    page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
    assertNoConsoleErrors();
  }

  /**
   * Chooses the same rating for every characteristic, one theme a page, by keyboard: focus the first option, arrow
   * down to it; "Save and continue" after each theme, and submit after the last.
   */
  static void answerAll(Page on, String point) {
    Framework framework = FrameworkJson.standard();
    int steps = 0;
    for (Framework.ScalePoint candidate : framework.scale()) {
      if (candidate.id().equals(point)) break;
      steps++;
    }
    for (Framework.Theme theme : framework.themes()) {
      for (Framework.Characteristic item : theme.characteristics()) {
        on.locator("#answer-" + item.id()).focus();
        on.keyboard().press("Space");
        for (int i = 0; i < steps; i++) on.keyboard().press("ArrowDown");
      }
      follow(on, theme == framework.themes().get(framework.themes().size() - 1) ? "#submit" : "#next", "Enter");
    }
  }
}
