package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every page, in English and in Welsh, loads without script errors and passes axe-core's WCAG 2.2 AA rules. */
class AccessibilityIT extends BrowserTest {

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
      "/, en", "/, cy",
      "/?nation=england, en", "/?nation=england, cy",
      "/area, en", "/area, cy",
      "/area/W06000020, en", "/area/W06000020, cy", "/area/E08000025, en",
      "/area/W06000020?with=W06000022&with=E06000001, en", "/area/W06000020?with=W06000022, cy",
      "/data, en", "/data, cy",
      "/data/browse?measure=children_looked_after, en", "/data/browse?measure=children_looked_after, cy",
      "/methods, en", "/methods, cy",
      "/data/upload, en", "/data/upload, cy",
      "/compare, en", "/compare, cy",
      "/compare?nation=both&x=lone_parent_households_pct&family=poisson, en",
      "/project?area=W06000020&entry-change=-10, en", "/project?area=W06000020&entry-change=-10, cy",
      "/commission?area=E06000001, en", "/commission?area=E06000001, cy",
      "/no-such-page, en", "/no-such-page, cy"})
  void pagePassesAxeWithoutScriptErrors(String path, String lang) {
    open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
    assertThat(page.locator("html").getAttribute("lang")).isEqualTo(lang);
    assertThat(accessibilityViolations()).isEmpty();
    if (!path.startsWith("/no-such-page")) assertNoConsoleErrors();
  }

  @Test
  void uploadErrorSummaryIsFocusedAndAccessible() {
    open("/data/upload?lang=cy");
    page.click("button[type=submit]");
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
    assertThat(page.locator(".govuk-error-summary").isVisible()).isTrue();
    assertThat(page.evaluate("document.activeElement.classList.contains('govuk-error-summary')")).isEqualTo(true);
    assertThat(page.locator(".govuk-error-summary a[href='#kind']").textContent()).isEqualTo("Dewiswch y math o ffeil");
    assertThat(accessibilityViolations()).isEmpty();
  }

  @Test
  void theCheckFindsViolationsWhenThereAreSome() {
    page.setContent("<!DOCTYPE html><html><head><title>t</title></head><body><main><img src=\"x.png\">"
        + "<p style=\"color:#aaa;background:#fff\">faint</p></main></body></html>");
    assertThat(accessibilityViolations()).anyMatch(v -> v.startsWith("image-alt"))
        .anyMatch(v -> v.startsWith("html-has-lang")).anyMatch(v -> v.startsWith("color-contrast"));
  }
}
