package uk.lacexplorer.web.area;

import java.util.List;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.web.Section;

/**
 * What an authority's profile shows: its names, the measure chosen, its trend beside the nation's with key events,
 * its funnel position, its need-adjusted ratio and its statistical neighbours (each from the same API call the page
 * links to), the need factors used, and the moderating factors beside the nation's spread ({@code context}).
 */
public record ProfileModel(Area area, String name, String otherName, Measure measure, List<Measure> measures,
                           Section<TrendView> trend, Section<String> funnel, Section<String> ratio,
                           Section<NeighboursView> neighbours, String factors, String comparePath,
                           Section<uk.lacexplorer.web.cascade.CascadeView> cascade, ComparedTrends compared,
                           Section<String> joint, Section<List<List<String>>> context) {
}
