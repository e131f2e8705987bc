package uk.lacexplorer.web.area;

import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.RateView;

/**
 * What an authority's profile shows: its names, the measure chosen, its trend beside the nation's (newest year
 * first in the table) and the addresses of the same data as JSON and CSV.
 *
 * @param nationalRates the nation's rate in each year of {@code trend}, formatted, in the same order
 */
public record ProfileModel(Area area, String name, String otherName, Measure measure, List<Measure> measures,
                           List<RateView> trend, List<String> nationalRates, RateView latest, String apiPath,
                           String csvPath) {
}
