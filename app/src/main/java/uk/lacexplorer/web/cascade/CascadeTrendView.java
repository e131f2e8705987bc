package uk.lacexplorer.web.cascade;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.cascade.CascadeFigure;
import uk.lacexplorer.cascade.CascadeResult;
import uk.lacexplorer.cascade.CascadeText;
import uk.lacexplorer.cascade.CascadeTrend;
import uk.lacexplorer.cascade.Stage;
import uk.lacexplorer.web.Page;

/**
 * {@code ./lacx cascade trend} written for a page: each year's steps from referral to care (rate per 10,000 and
 * conversion from the step before, with 95% intervals, the nation's value and the funnel position), one row per year
 * and figure, as the command's rows.
 *
 * @param query {@code area=CODE} for the API and CSV links
 */
public record CascadeTrendView(String areaName, List<List<String>> rows, String query) {
  public static final List<String> HEADINGS = List.of("cascade.col.year", "cascade.col.figure", "cascade.col.count",
      "cascade.col.base", "cascade.col.value", "cascade.col.interval", "cascade.col.national", "cascade.col.funnel",
      "cascade.col.status");
  public static final List<Boolean> NUMERIC = List.of(true, false, true, true, true, true, true, false, false);

  public static CascadeTrendView of(Page page, CascadeTrend.Result result) {
    List<List<String>> rows = new ArrayList<>();
    String name = result.areaName();
    for (CascadeResult year : result.years()) {
      if (page.welsh()) name = year.areaNameCy();
      for (CascadeFigure f : year.figures()) {
        if (f.stage().kind() != Stage.Kind.FLOW) continue;
        rows.add(List.of(String.valueOf(year.year()), CascadeView.capital(CascadeText.figure(page.lang(), f)),
            CascadeView.count(page, f.count()), CascadeView.count(page, f.base()), CascadeView.number(page, f.value(), 1),
            CascadeView.interval(page, f.lower(), f.upper(), 1), CascadeView.number(page, f.national(), 1),
            f.position() == null ? "" : page.text("funnel.position." + f.position()),
            CascadeText.status(page.lang(), year.nation(), f)));
      }
    }
    return new CascadeTrendView(name, rows, "area=" + result.areaCode());
  }
}
