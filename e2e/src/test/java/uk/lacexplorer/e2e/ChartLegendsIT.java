package uk.lacexplorer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every chart's legend matches what it draws: each legend entry names a series that is drawn, a shaded band's entry
 * is a filled square of the band's colour (its series draw no line), and every series a reader can see and hover is
 * in the legend. Read from the charts as drawn, through ECharts' own instance of each.
 */
class ChartLegendsIT extends BrowserTest {
  static final String CHECK = "(() => { const problems = []; let charts = 0;"
      + " for (const el of document.querySelectorAll('[_echarts_instance_]')) {"
      + "  const chart = echarts.getInstanceByDom(el); if (!chart) continue; charts++;"
      + "  const option = chart.getOption(); const series = option.series || [];"
      + "  const shown = (option.legend || [])[0]; const legend = (shown || {}).data || [];"
      + "  const visible = series.filter(s => s.name && !s.silent);"
      + "  if (!shown && visible.length > 1) problems.push(el.id + ': ' + visible.length + ' series and no legend');"
      + "  if (!shown || legend.length === 0) continue;"
      + "  const names = legend.map(d => typeof d === 'string' ? d : d.name);"
      + "  for (const d of legend) { const name = typeof d === 'string' ? d : d.name;"
      + "   const first = series.find(s => s.name === name);"
      + "   if (!first) { problems.push(el.id + ': legend entry ' + name + ' draws nothing'); continue; }"
      + "   const invisible = first.lineStyle && first.lineStyle.opacity === 0 && first.type === 'line';"
      + "   if (invisible && !(typeof d === 'object' && d.icon && d.itemStyle && d.itemStyle.color))"
      + "    problems.push(el.id + ': legend entry ' + name + ' shows the invisible line of its band'); }"
      + "  for (const s of series) { if (s.name && !s.silent && !names.includes(s.name))"
      + "   problems.push(el.id + ': series ' + s.name + ' is not in the legend'); } }"
      + " return { charts, problems }; })()";

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/?lang=en", "/area/W06000020?with=W06000022&lang=en", "/area/E06000001?lang=cy",
      "/compare?nation=wales&lang=en", "/compare?nation=both&lang=cy", "/project?area=W06000020&entry-change=-10&lang=en",
      "/project?area=E06000001&lang=cy"})
  void everyLegendEntryMatchesWhatTheChartDraws(String path) {
    open(path);
    @SuppressWarnings("unchecked")
    java.util.Map<String, Object> result = (java.util.Map<String, Object>) page.evaluate(CHECK);
    assertThat(((Number) result.get("charts")).intValue()).as("charts drawn on " + path).isPositive();
    assertThat((List<?>) result.get("problems")).as(path).isEmpty();
  }

  /**
   * The cascade's chart is drawn on the server as SVG: its key shows each kind of mark the chart draws, in the chart's
   * own colours, and names it in the page's language.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/cascade?area=E06000001&lang=en", "/cascade?area=E06000001&lang=cy", "/area/E06000001?lang=en"})
  void theCascadeKeyShowsTheMarksTheChartDraws(String path) {
    open(path);
    Object check = page.evaluate("(() => { const chart = document.querySelector('.lacx-cascade-chart');"
        + " const key = document.querySelector('.lacx-key'); if (!chart || !key) return 'no chart or no key';"
        + " const marks = [['rate', 'circle', 'fill'], ['neighbours', 'rect[opacity]', 'fill'], ['nation', 'line[stroke-dasharray]', 'stroke']];"
        + " const problems = []; for (const [name, selector, paint] of marks) {"
        + "  const item = key.querySelector('[data-mark=' + name + ']'); const drawn = chart.querySelector(selector);"
        + "  if (!drawn) { if (item) problems.push(name + ' in the key but not drawn'); continue; }"
        + "  if (!item || !item.textContent.trim()) { problems.push(name + ' drawn but not in the key'); continue; }"
        + "  const shown = item.querySelector('svg ' + selector.replace(/\\[.*/, ''));"
        + "  if (!shown || shown.getAttribute(paint) !== drawn.getAttribute(paint)) problems.push(name + ': key colour differs'); }"
        + " return problems.join('; '); })()");
    assertThat(check).as(path).isEqualTo("");
    assertThat(page.locator(".lacx-key").textContent()).contains(path.contains("lang=cy") ? "y wlad (llinell doredig ar 1)"
        : "the nation (dashed line at 1)");
  }
}
