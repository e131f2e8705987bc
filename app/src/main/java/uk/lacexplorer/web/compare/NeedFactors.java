package uk.lacexplorer.web.compare;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.Unit;
import uk.lacexplorer.web.Site;

/** The need factors (percentages and scores) with data for every one of the given nations, in catalogue order. */
public final class NeedFactors {
  private NeedFactors() {
  }

  public static List<Measure> available(Site site, List<Nation> nations) {
    List<Measure> factors = new ArrayList<>();
    for (Measure measure : site.services().measures().all()) {
      if (measure.unit() != Unit.PERCENT && measure.unit() != Unit.SCORE) continue;
      if (nations.stream().allMatch(each -> !site.rates().years(each, measure.id()).isEmpty())) factors.add(measure);
    }
    return factors;
  }
}
