package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 1.4.10 (reflow) and the structure a screen reader user relies on, on every page a visitor can reach, in
 * English and in Welsh: from the overview (and the pages no link reaches without a choice) the test follows the site's
 * own links (at most two of each page, authority profiles counted as one page) in Chromium at 320 CSS pixels wide, and on each page asks that nothing scrolls sideways (a wide table may
 * scroll inside its own region, as 1.4.10 allows for data tables), that every table has a caption, that every section
 * page has one h1, and that axe-core's WCAG 2.2 AA rules find nothing at that width. The self-evaluation's pages, behind a
 * sign-in, are checked the same way as {@link SelfevalIT} walks through them.
 */
class ReflowIT extends BrowserTest {
  /** Pages to start from besides the overview: each needs a choice before a link reaches it. */
  static final List<String> SEEDS = List.of("/", "/area/W06000020", "/area/E06000001", "/cascade?area=E06000001",
      "/cascade/trend?area=E06000001", "/project?area=W06000020&entry-change=-10", "/project?area=E06000001",
      "/commission?area=E06000001",
      "/compare?nation=both", "/compare?nation=england", "/data/browse?measure=children_looked_after", "/data/upload",
      "/login", "/methods", "/area", "/?nation=england&view=adjusted", "/no-such-page");
  /** At most this many pages per language, and this many query variants of one path. */
  static final int PAGES = 45;
  static final int VARIANTS = 2;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"en", "cy"})
  void everyPageReflowsAt320PixelsWithCaptionsHeadingsAndNoAxeViolations(String lang) {
    context.close();
    context = browser.chromium.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
        .setViewportSize(320, 640));
    page = context.newPage();
    page.onPageError(consoleErrors::add);
    open("/?lang=" + lang);
    Deque<String> queue = new ArrayDeque<>(SEEDS);
    Set<String> seen = new LinkedHashSet<>(SEEDS);
    Map<String, Integer> variants = new HashMap<>();
    List<String> problems = new ArrayList<>();
    int visited = 0;
    while (!queue.isEmpty() && visited < PAGES) {
      String path = queue.poll();
      open(path);
      visited++;
      assertThat(page.locator("html").getAttribute("lang")).as(path).isEqualTo(lang);
      for (String problem : reflowProblems(page)) problems.add(path + ": " + problem);
      Object h1 = page.evaluate("document.querySelectorAll('main h1').length");
      if (((Number) h1).intValue() != 1) problems.add(path + ": " + h1 + " h1 headings in main");
      for (String violation : accessibilityViolations()) problems.add(path + ": " + violation);
      for (Object href : (List<?>) page.evaluate("[...document.querySelectorAll('main a[href^=\"/\"], nav a[href^=\"/\"]')]"
          + ".map(a => a.getAttribute('href'))")) {
        String link = href.toString().replaceAll("#.*", "");
        if (link.isEmpty() || skipped(link) || seen.contains(link)) continue;
        String bare = link.replaceAll("\\?.*", "").replaceAll("[EW]\\d{8}", "CODE");
        if (variants.merge(bare, 1, Integer::sum) > VARIANTS) continue;
        seen.add(link);
        queue.add(link);
      }
    }
    assertThat(problems).isEmpty();
    assertThat(visited).as("pages visited").isGreaterThanOrEqualTo(30);
    assertThat(consoleErrors).isEmpty();
  }

  /** Downloads, the API, sign-out and links that only switch the language are not pages to check here. */
  static boolean skipped(String link) {
    return link.startsWith("/api/") || link.startsWith("/static/") || link.contains("format=") || link.startsWith("/logout")
        || link.matches(".*\\.(csv|png|svg|pdf|json|html)(\\?.*)?") || link.contains("lang=") || link.contains("/download");
  }

  static final String SIDEWAYS = "new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() =>"
      + " done(document.documentElement.scrollWidth - document.documentElement.clientWidth))))";

  /**
   * For the message: the elements that stick out to the right, and the innermost boxes whose content is wider than
   * they are without scrolling (not inside a table's own scrolling region).
   */
  static final String WIDEST = "(() => { const out = []; const w = document.documentElement.clientWidth;"
      + " for (const e of document.querySelectorAll('body *')) {"
      + " if (e.parentElement && e.parentElement.closest('.lacx-table-wrapper')) continue;"
      + " const r = e.getBoundingClientRect(); const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.'"
      + " + String(e.className.baseVal ?? e.className).split(' ').join('.');"
      + " if (r.right > w + 1 && r.width > 0) out.push(name + ' right=' + Math.round(r.right));"
      + " else if (e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX === 'visible')"
      + " out.push(name + ' content=' + e.scrollWidth + '>' + e.clientWidth); }"
      + " return out.slice(0, 8).join('; '); })()";
}
