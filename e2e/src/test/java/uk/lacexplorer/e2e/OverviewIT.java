package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The overview as a person uses it: controls, table against the API, charts, downloads, language, keyboard. */
class OverviewIT extends BrowserTest {

  @Test
  void chosenYearShowsTheApiFiguresInTheTable() {
    open("/");
    page.selectOption("#year", "2021");
    page.click("button[type=submit]");
    page.waitForURL("**year=2021**");
    JsonNode rates = api("/api/v1/rates?nation=wales&year=2021");
    NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.UK);
    oneDecimal.setMinimumFractionDigits(1);
    oneDecimal.setMaximumFractionDigits(1);
    int checked = 0;
    for (JsonNode row : rates) {
      Locator cell = page.locator("tr[data-code=" + row.get("area_code").asString() + "] [data-column=rate]");
      String expected = row.get("rate_per_10000").isNull() ? "not available"
          : oneDecimal.format(row.get("rate_per_10000").asDouble());
      assertThat(cell.textContent().strip()).as(row.get("area_code").asString()).isEqualTo(expected);
      checked++;
    }
    assertThat(checked).isEqualTo(23);
    assertNoConsoleErrors();
  }

  @Test
  void chartsAreDrawnWithTextAlternatives() {
    open("/");
    for (String id : new String[] {"rates-map", "rates-bar"}) {
      Locator chart = page.locator("#" + id);
      assertThat(chart.isVisible()).isTrue();
      assertThat(chart.locator("canvas").count()).as(id).isPositive();
      assertThat(chart.getAttribute("aria-label")).as(id).isNotBlank();
      assertThat(page.locator("#" + id + "-description").textContent()).contains("table");
    }
    assertNoConsoleErrors();
  }

  @Test
  void chartsDownloadAsPngAndSvg() {
    open("/");
    Download png = page.waitForDownload(() -> page.click("[data-download=png][data-chart-id=rates-bar]"));
    assertThat(png.suggestedFilename()).isEqualTo("rates-bar.png");
    Download svg = page.waitForDownload(() -> page.click("[data-download=svg][data-chart-id=rates-map]"));
    assertThat(svg.suggestedFilename()).isEqualTo("rates-map.svg");
    assertThat(readAll(svg)).startsWith("<svg").contains("</svg>");
    Download csv = page.waitForDownload(() -> page.locator("#rates-bar-figure a[download]").click());
    assertThat(readAll(csv)).startsWith("area_code,area_name,year").contains("Open Government Licence");
    assertNoConsoleErrors();
  }

  @Test
  void englandIsOneChoiceAway() {
    open("/");
    page.selectOption("#nation", "england");
    page.click("button[type=submit]");
    page.waitForURL("**nation=england**");
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    assertThat(page.locator("tr[data-code=E08000025]").count()).isEqualTo(1);
    assertThat(page.locator("#rates-map canvas").count()).isPositive();
    assertNoConsoleErrors();
  }

  @Test
  void authoritiesMissingFromTheMapAreNamedUnderIt() {
    open("/?nation=england&year=2020");
    assertThat(page.locator("#rates-map-figure p.govuk-body-s").last().textContent())
        .startsWith("Not on the map").contains("Buckinghamshire");
    assertNoConsoleErrors();
  }

  @Test
  void aNewUserReachesTheirAuthorityInTwoClicks() {
    open("/");
    page.click("text=Find a local authority");
    page.click("a:text-is('Torfaen')");
    assertThat(page.url()).endsWith("/area/W06000020");
    assertThat(page.locator("h1").textContent()).contains("Torfaen");
    assertNoConsoleErrors();
  }

  @Test
  void languageSwitchKeepsTheChoicesAndIsRemembered() {
    open("/?year=2021");
    page.click("a[hreflang=cy]");
    page.waitForURL("**lang=cy**");
    assertThat(page.url()).contains("year=2021");
    assertThat(page.locator("h1").textContent()).isEqualTo("Plant sy'n derbyn gofal fesul awdurdod lleol");
    assertThat(page.locator("tr[data-code=W06000020] th").textContent().strip()).isEqualTo("Tor-faen");
    open("/methods");
    assertThat(page.locator("h1").textContent()).isEqualTo("Dulliau");
  }

  @Test
  void controlsWorkFromTheKeyboard() {
    open("/");
    page.keyboard().press("Tab");
    assertThat(page.evaluate("document.activeElement.textContent").toString()).isEqualTo("Skip to main content");
    page.focus("#year");
    page.keyboard().press("ArrowDown");
    page.focus("button[type=submit]");
    page.keyboard().press("Enter");
    page.waitForURL("**year=**");
    page.focus("tr[data-code=W06000020] a");
    page.keyboard().press("Enter");
    page.waitForURL("**/area/W06000020");
  }

  static String readAll(Download download) {
    try {
      return java.nio.file.Files.readString(download.path());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
