package uk.lacexplorer.web.cascade;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.cascade.CascadeFigure;
import uk.lacexplorer.cascade.CascadeResult;
import uk.lacexplorer.cascade.CascadeText;
import uk.lacexplorer.web.Page;

/**
 * An authority's cascade written for a page in its language: the sentence on where it departs most from its
 * neighbours, the chart of each stage's rate against the nation's, and the table of every figure.
 *
 * @param query the cascade's query string ({@code area=…&year=…}) for the API and CSV links
 */
public record CascadeView(String areaName, int year, String summary, String neighbours, CascadeChart chart,
                          List<List<String>> rows, String query) {
  public static final List<String> HEADINGS = List.of("cascade.col.figure", "cascade.col.count", "cascade.col.base",
      "cascade.col.value", "cascade.col.interval", "cascade.col.national", "cascade.col.neighbours",
      "cascade.col.funnel", "cascade.col.ratio", "cascade.col.status");
  public static final List<Boolean> NUMERIC = List.of(false, true, true, true, true, true, true, false, true, false);

  public static CascadeView of(Page page, CascadeResult result) {
    List<List<String>> rows = new ArrayList<>();
    for (CascadeFigure f : result.figures()) {
      int places = f.stage().measure().startsWith("spend_") && f.stage().measure().contains("_per_") ? 0 : 1;
      rows.add(List.of(capital(CascadeText.figure(page.lang(), f)), count(page, f.count()), count(page, f.base()),
          number(page, f.value(), places), interval(page, f.lower(), f.upper(), places),
          number(page, f.national(), places), neighbours(page, f, places), f.position() == null ? ""
              : page.text("funnel.position." + f.position()), ratio(page, f),
          CascadeText.status(page.lang(), result.nation(), f)));
    }
    String names = String.join(", ", result.neighbours().stream()
        .map(n -> page.welsh() ? n.nameCy() : n.name()).toList());
    return new CascadeView(page.welsh() ? result.areaNameCy() : result.areaName(), result.year(),
        CascadeText.summary(page.lang(), result),
        names.isEmpty() ? "" : page.text("cascade.neighboursList", names), CascadeChart.of(page, result), rows,
        "area=" + result.areaCode() + "&year=" + result.year());
  }

  /** {@code area=CODE}, for the trend page's link. */
  public String trendQuery() {
    return query.substring(0, query.indexOf('&') < 0 ? query.length() : query.indexOf('&'));
  }

  static String capital(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + text.substring(1);
  }

  private static String neighbours(Page page, CascadeFigure f, int places) {
    if (f.neighboursMedian() == null) return "";
    return page.text("cascade.medianRange", number(page, f.neighboursMedian(), places),
        number(page, f.neighboursMin(), places), number(page, f.neighboursMax(), places));
  }

  private static String ratio(Page page, CascadeFigure f) {
    if (f.ratio() == null) return "";
    return number(page, f.ratio(), 2) + " (" + interval(page, f.ratioLower(), f.ratioUpper(), 2) + ")";
  }

  static String count(Page page, Double value) {
    return value == null ? "" : page.format().number(value, value == Math.rint(value) ? 0 : 1);
  }

  static String number(Page page, Double value, int places) {
    return value == null || !Double.isFinite(value) ? "" : page.format().number(value, places);
  }

  static String interval(Page page, Double lower, Double upper, int places) {
    if (lower == null || upper == null) return "";
    return page.text("rates.interval", number(page, lower, places), number(page, upper, places));
  }
}
