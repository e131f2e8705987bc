package uk.lacexplorer.web.overview;

import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.RateView;

/**
 * What the overview page shows: the choices made and offered, the authorities' rates (alphabetical in the page's
 * language), the nation's rate, a year asked for that has no data, and the addresses of the same data as JSON, CSV and map boundaries.
 */
public record OverviewModel(Nation nation, Measure measure, Integer year, Integer missingYear, String yearsWithData,
                            List<Integer> years, List<Measure> measures,
                     List<RateView> authorities, RateView national, String apiPath, String csvPath, String geoPath) {

  public boolean hasData() {
    return year != null;
  }
}
