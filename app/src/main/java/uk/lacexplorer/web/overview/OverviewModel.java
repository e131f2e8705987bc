package uk.lacexplorer.web.overview;

import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.RateView;

/**
 * What the overview page shows: the choices made and offered (nation, measure, year, raw or need-adjusted view, the
 * reader's authority), the table in rank order, the nation's rate, the need factor of the adjusted view (or why it
 * cannot be shown), and the addresses of the same data as JSON, CSV and map boundaries.
 *
 * @param authorities the nation's authorities as {code, name} for the finder, alphabetical in the page's language
 * @param factor the need factor and its year of the adjusted view, for people; empty in the raw view
 * @param adjustedProblem why the adjusted view cannot be drawn (null when it can)
 * @param highlightText the reader's authority in one sentence (rank and value), or null
 * @param chartApi the JSON the charts draw (the rates, or the need model in the adjusted view)
 */
public record OverviewModel(Nation nation, Measure measure, Integer year, List<Integer> years, List<Measure> measures,
                            OverviewView view, String area, List<List<String>> authorities, OverviewTable table,
                            RateView national, String factor, String factorId, String adjustedProblem,
                            String highlightText, String chartApi, String apiPath, String csvPath, String geoPath, String rawHref,
                            String adjustedHref) {

  public boolean hasData() {
    return year != null;
  }

  public boolean adjusted() {
    return view == OverviewView.ADJUSTED;
  }

  /** The table is drawn (the adjusted view needs a need model that answered). */
  public boolean hasTable() {
    return table != null;
  }
}
