package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** An authority's profile: the trend table against the API, the chart, both languages. */
class ProfileIT extends BrowserTest {

  @Test
  void trendTableShowsTheApiFigures() {
    open("/area/W06000020");
    JsonNode trend = api(page.locator("[data-trend-api]").getAttribute("data-trend-api")).get("years");
    NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.UK);
    oneDecimal.setMinimumFractionDigits(1);
    oneDecimal.setMaximumFractionDigits(1);
    assertThat(page.locator("#trend-table tbody tr").count()).isEqualTo(trend.size());
    for (JsonNode row : trend) {
      String shown = page.locator("#trend-table tr[data-year='" + row.get("year").asInt() + "'] [data-column=rate]")
          .textContent().strip();
      assertThat(shown).isEqualTo(oneDecimal.format(row.get("rate_per_10000").asDouble()));
    }
    assertThat(page.locator("#neighbours-table tbody tr").count()).isPositive();
    assertThat(page.locator("#trend-chart canvas").count()).isPositive();
    assertNoConsoleErrors();
  }

  @Test
  void addedAuthoritiesAreDrawnBesideTheProfilesOwnWithTheirTable() {
    open("/area/W06000020");
    page.selectOption("#with-add", "W06000022");
    page.click(".lacx-compare-form button[type=submit]");
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    assertThat(page.url()).contains("with=W06000022");
    JsonNode answer = api(page.locator("[data-trend-api]").getAttribute("data-trend-api"));
    assertThat(answer.get("area_codes").size()).isEqualTo(2);
    assertThat(answer.get("area_codes").get(1).asString()).isEqualTo("W06000022");
    assertThat(page.locator("#compared-table thead th").count()).isEqualTo(3);
    assertThat(page.locator("#compared-authorities li").textContent()).contains("Newport");
    assertThat(page.locator("#trend-chart canvas").count()).isPositive();
    assertNoConsoleErrors();
  }

  @Test
  void welshProfileUsesTheWelshName() {
    open("/area/W06000020?lang=cy");
    assertThat(page.locator("h1").textContent()).contains("Tor-faen");
    assertThat(page.title()).startsWith("Tor-faen");
    assertNoConsoleErrors();
  }
}
