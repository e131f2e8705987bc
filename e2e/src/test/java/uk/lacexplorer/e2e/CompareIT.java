package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Compare page: scatter and model charts, their tables (shown on request) against the API, controls. */
class CompareIT extends BrowserTest {

  @Test
  void scatterTableMatchesTheApiAndOpensOnRequest() {
    open("/compare");
    assertThat(page.locator("#scatter-table-holder").isVisible()).isFalse();
    page.click("[data-table-toggle=scatter-table]");
    assertThat(page.locator("#scatter-table-holder").isVisible()).isTrue();
    assertThat(page.locator("[data-table-toggle=scatter-table]").getAttribute("aria-expanded")).isEqualTo("true");
    String api = page.locator("[data-scatter-api]").getAttribute("data-scatter-api");
    JsonNode scatter = api(api);
    NumberFormat oneDecimal = NumberFormat.getNumberInstance(Locale.UK);
    oneDecimal.setMinimumFractionDigits(1);
    oneDecimal.setMaximumFractionDigits(1);
    for (JsonNode point : scatter.get("points")) {
      String shown = page.locator("#scatter-table tr[data-code=" + point.get("area_code").asString() + "] [data-column='2']")
          .textContent().strip();
      assertThat(shown).isEqualTo(oneDecimal.format(point.get("rate_per_10000").asDouble()));
    }
    assertThat(page.locator("#scatter-chart canvas").count()).isPositive();
    assertThat(page.locator("#ratio-chart canvas").count()).isPositive();
    assertThat(page.locator("#funnel-chart canvas").count()).isPositive();
    assertNoConsoleErrors();
  }

  @Test
  void overdispersionChoiceWidensTheFunnelLimits() {
    open("/compare?overdispersion=none");
    String narrow = page.locator("#funnel-table tr[data-code=W06000015] [data-column='5']").textContent();
    open("/compare?overdispersion=multiplicative");
    String wide = page.locator("#funnel-table tr[data-code=W06000015] [data-column='5']").textContent();
    assertThat(wide).isNotEqualTo(narrow);
    JsonNode funnel = api(page.locator("[data-funnel-api]").getAttribute("data-funnel-api"));
    assertThat(funnel.get("overdispersion").asString()).isEqualTo("multiplicative");
    assertThat(funnel.get("dispersion").get("adjusted").asBoolean()).isTrue();
    assertNoConsoleErrors();
  }

  @Test
  void choosingAnotherFactorAndFamilyRedrawsFromTheApi() {
    open("/compare");
    page.selectOption("#x", "lone_parent_households_pct");
    page.check("#family-poisson");
    page.click("form button[type=submit]");
    page.waitForURL("**family=poisson**");
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    assertThat(page.locator("[data-scatter-api]").getAttribute("data-scatter-api")).contains("x=lone_parent_households_pct");
    assertThat(page.locator("[data-model-api]").getAttribute("data-model-api")).contains("family=poisson");
    assertThat(page.locator("#ratio-chart canvas").count()).isPositive();
    Download csv = page.waitForDownload(() -> page.locator("#scatter-chart-figure a[download]").click());
    assertThat(OverviewIT.readAll(csv)).startsWith("area_code,area_name,x,rate_per_10000");
    assertNoConsoleErrors();
  }
}
