package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The commissioning page in a browser, in English and Welsh: reached from the projection, a places file chosen and
 * sent without any script of ours, the placements needed match the API, the gap is demand less places, every cost says
 * where it came from, and the page passes axe-core.
 */
class CommissionIT extends BrowserTest {
  private static final String SUPPLY = "type,capacity,provision,weekly_cost\nfoster,50,in-house,450\nfoster,0,bought,\n"
      + "secure_and_childrens_homes,10,in-house,4500\n";

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void aPlacesFileGivesTheGapAndTheCostWithWhereItCameFrom(String lang) {
    open("/project?area=E06000001&horizon=2&lang=" + lang);
    page.locator("#commission-link").click();
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
    page.locator("#supply").setInputFiles(new FilePayload("places.csv", "text/csv", SUPPLY.getBytes(StandardCharsets.UTF_8)));
    page.locator("form[action='/commission'] button[type=submit]").click();
    page.waitForLoadState(LoadState.NETWORKIDLE);

    JsonNode api = api("/api/v1/commission?area=E06000001&horizon=2&entry-change=0&exit-change=0");
    JsonNode foster = null;
    for (JsonNode row : api.get("rows")) {
      if (row.get("placement_type").asString().equals("foster")) {
        foster = row;
        break;
      }
    }
    assertThat(foster).isNotNull();
    NumberFormat whole = NumberFormat.getIntegerInstance(Locale.UK);
    long expected = Math.round(foster.get("demand_expected").asDouble());
    String demand = page.locator("#demand-table tbody tr").first().locator("[data-column='1']").textContent().strip();
    assertThat(demand).startsWith(whole.format(expected) + " (");
    // the gap: demand less the 50 foster places of the file (the rest bought, at the estimated cost)
    String places = page.locator("#gap-table tbody tr").first().locator("[data-column='1']").textContent().strip();
    assertThat(places).isEqualTo("50");
    long shortBy = Math.round(foster.get("demand_expected").asDouble() - 50);
    String gap = page.locator("#gap-table tbody tr").first().locator("[data-column='2']").textContent().strip();
    assertThat(gap).isEqualTo((shortBy > 0 ? "+" : shortBy < 0 ? "\u2212" : "") + whole.format(Math.abs(shortBy)));
    String from = page.locator("#cost-table tbody tr").first().locator("td").last().textContent();
    assertThat(from).contains(lang.equals("cy") ? "eich ffeil lleoedd" : "your places file")
        .contains(lang.equals("cy") ? "amcangyfrif o wariant cyhoeddedig" : "estimate from published spend");
    assertThat(page.locator("#estimates li").first().textContent()).contains(lang.equals("cy") ? "nid pris" : "not a price");
    assertThat(accessibilityViolations()).isEmpty();
    assertNoConsoleErrors();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "cy"})
  void aMistakeInTheFileIsSaidAboveTheFormAndNothingIsShown(String lang) {
    open("/commission?area=E06000001&lang=" + lang);
    page.locator("#supply").setInputFiles(new FilePayload("places.csv", "text/csv",
        "type,capacity,provision,weekly_cost\ncastle,3,in-house,1\n".getBytes(StandardCharsets.UTF_8)));
    page.locator("form[action='/commission'] button[type=submit]").click();
    page.waitForLoadState(LoadState.NETWORKIDLE);
    assertThat(page.locator(".govuk-error-summary").textContent()).contains("places.csv").contains("castle");
    assertThat(page.locator("#demand-table").count()).isZero();
    assertThat(accessibilityViolations()).isEmpty();
  }
}
