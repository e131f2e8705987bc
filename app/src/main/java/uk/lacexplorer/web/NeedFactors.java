package uk.lacexplorer.web;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureId;

/** The need factors (percentages and scores) with data for every one of the given nations, in catalogue order. */
public final class NeedFactors {
  private NeedFactors() {
  }

  public static List<Measure> available(Site site, List<Nation> nations) {
    return uk.lacexplorer.need.DefaultFactor.candidates(site.app().measures(), nations,
        (nation, id) -> !site.years(nation, new MeasureId(id)).isEmpty()).stream().map(site.app().measures()::get).toList();
  }

  /**
   * The default need factor for these nations in {@code year}: the first available factor with a value (in its
   * nearest year) for every authority counted, so need adjustment answers for every authority.
   */
  public static java.util.Optional<uk.lacexplorer.need.DefaultFactor.Choice> defaultFor(Site site, List<Nation> nations,
                                                                                         int year, String measure) {
    uk.lacexplorer.need.NationScope scope = nations.size() == 2 ? uk.lacexplorer.need.NationScope.BOTH
        : uk.lacexplorer.need.NationScope.of(nations.get(0));
    List<String> candidates = available(site, nations).stream().map(Measure::id).toList();
    return uk.lacexplorer.need.DefaultFactor.first(site.app().needTables(), scope, year, measure, candidates);
  }
}
