package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The projection page in a browser: the fan chart is drawn, the table holds the API's figures, the form works. */
class ProjectIT extends BrowserTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void theScenarioFormRedrawsTheFanAndItsTable(String lang) {
    open("/area/W06000020?lang=" + lang);
    page.locator("a[href='/project?area=W06000020']").click();
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    page.locator("#entry-change").fill("-10");
    page.locator("form[action='/project'] button[type=submit]").click();
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    assertThat(page.url()).contains("entry-change=-10");
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
    JsonNode projection = api(page.locator("[data-project-api]").getAttribute("data-project-api"));
    assertThat(page.locator("#projection-table tbody tr").count()).isEqualTo(projection.get("rows").size());
    NumberFormat whole = NumberFormat.getIntegerInstance(Locale.UK);
    JsonNode first = projection.get("rows").get(0);
    String central = page.locator("#projection-table tr[data-year='" + first.get("year").asInt() + "'] [data-column='2']")
        .textContent().strip();
    assertThat(central).isEqualTo(whole.format(Math.round(first.get("baseline_expected").asDouble())));
    assertThat(page.locator("#projection-chart canvas").count()).isPositive();
    assertThat(page.locator("h1").textContent()).contains(lang.equals("cy") ? "Tor-faen" : "Torfaen");
    assertNoConsoleErrors();
  }
}
