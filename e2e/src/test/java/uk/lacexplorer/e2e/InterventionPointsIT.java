package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The profile's "Intervention points" section in Chromium, in English and Welsh: the chart (SVG drawn on the
 * server), the table with a row per figure of the API, the stages the fixture does not hold shown as not in the loaded
 * data, and no axe-core WCAG 2.2 AA violation.
 */
class InterventionPointsIT extends BrowserTest {

  @Test
  void profileSectionInEnglish() {
    open("/area/W06000020?lang=en");
    assertThat(page.locator("#intervention-points").textContent()).isEqualTo("Intervention points");
    assertThat(page.locator("#intervention-chart circle").count()).isPositive();
    JsonNode api = api("/api/v1/cascade?area=W06000020");
    assertThat(page.locator("#intervention-table tbody tr").count()).isEqualTo(api.get("rows").size());
    assertThat(page.locator("#intervention-table").textContent()).contains("not in the loaded data");
    assertThat(page.locator("#intervention-summary").textContent()).isNotBlank();
    assertThat(accessibilityViolations()).isEmpty();
    assertNoConsoleErrors();
  }

  @Test
  void profileSectionInWelsh() {
    open("/area/W06000020?lang=cy");
    assertThat(page.locator("#intervention-points").textContent()).isEqualTo("Pwyntiau ymyrraeth");
    assertThat(page.locator("#intervention-chart").textContent()).contains("Atgyfeiriadau").contains("Ymholiadau adran 47");
    assertThat(page.locator("#intervention-table").textContent()).contains("nid yw yn y data a lwythwyd")
        .doesNotContain("not in the loaded data");
    assertThat(accessibilityViolations()).isEmpty();
    assertNoConsoleErrors();
  }

  @Test
  void cascadePagePassesAxeInBothLanguages() {
    open("/cascade?area=Torfaen&lang=en");
    assertThat(page.locator("#cascade-chart").count()).isEqualTo(1);
    assertThat(accessibilityViolations()).isEmpty();
    open("/cascade?area=Torfaen&lang=cy");
    assertThat(accessibilityViolations()).isEmpty();
    assertNoConsoleErrors();
  }

  @Test
  void cascadeChartDownloadsAsPng() throws Exception {
    open("/cascade?area=Torfaen&lang=en");
    Download png = page.waitForDownload(() -> page.click("[data-download=png][data-chart-id=cascade-chart]"));
    assertThat(png.suggestedFilename()).isEqualTo("cascade-chart.png");
    byte[] bytes = Files.readAllBytes(png.path());
    assertThat(bytes.length).isGreaterThan(1000);
    assertThat(new byte[] {bytes[1], bytes[2], bytes[3]}).isEqualTo("PNG".getBytes());
    assertNoConsoleErrors();
  }

  @Test
  void trendPagePassesAxeInBothLanguages() {
    open("/cascade/trend?area=Torfaen&lang=en");
    assertThat(page.locator("#cascade-trend-table tbody tr").count()).isPositive();
    assertThat(page.locator("#cascade-trend-table").textContent()).contains("load StatsWales table");
    assertThat(accessibilityViolations()).isEmpty();
    open("/cascade/trend?area=Torfaen&lang=cy");
    assertThat(page.locator("#cascade-trend-table").textContent()).contains("llwythwch dabl StatsWales")
        .doesNotContain("load StatsWales table");
    assertThat(accessibilityViolations()).isEmpty();
    assertNoConsoleErrors();
  }
}
