package uk.lacexplorer.need;

import java.util.List;
import java.util.Optional;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.measure.MeasureId;

/**
 * The default need factor of a nation for a year: the first candidate (in the catalogue's order) that has a value,
 * in its nearest year with data, for every authority counted in that year — so need adjustment always answers
 * without asking the reader to leave authorities out. Empty when no candidate covers them all.
 */
public final class DefaultFactor {
  private DefaultFactor() {
  }

  /** The chosen factor and the year of its values (the nearest year with data to {@code year}). */
  public record Choice(String factor, int factorYear) {
  }

  /**
   * The need factors (percentages and scores) with data in every one of the nations, in catalogue order:
   * {@code hasData} says whether a nation holds any year of a measure.
   */
  public static List<String> candidates(uk.lacexplorer.measure.MeasureCatalogue measures, List<uk.lacexplorer.area.Nation> nations,
                                        java.util.function.BiPredicate<uk.lacexplorer.area.Nation, String> hasData) {
    List<String> factors = new java.util.ArrayList<>();
    for (uk.lacexplorer.measure.Measure measure : measures.all()) {
      if (!uk.lacexplorer.measure.MeasureCatalogue.isNeedFactor(measure)) continue;
      if (nations.stream().allMatch(each -> hasData.test(each, measure.id()))) factors.add(measure.id());
    }
    return factors;
  }

  public static Optional<Choice> first(NeedTables tables, NationScope scope, int year, String measure,
                                       List<String> candidates) {
    for (String candidate : candidates) {
      try {
        NeedTable table = tables.load(new NeedRequest(scope, year, new MeasureId(measure), List.of(new MeasureId(candidate)),
            null, false));
        return Optional.of(new Choice(candidate, table.covariateYears().get(0)));
      } catch (UserError refused) {
        // not complete for this year: try the next factor
      }
    }
    return Optional.empty();
  }
}
