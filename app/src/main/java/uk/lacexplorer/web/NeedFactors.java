package uk.lacexplorer.web;

import java.util.ArrayList;
import java.util.List;
import uk.lacexplorer.area.Nation;
import uk.lacexplorer.measure.Measure;
import uk.lacexplorer.measure.MeasureId;
import uk.lacexplorer.measure.Unit;

/** The need factors (percentages and scores) with data for every one of the given nations, in catalogue order. */
public final class NeedFactors {
  private NeedFactors() {
  }

  public static List<Measure> available(Site site, List<Nation> nations) {
    List<Measure> factors = new ArrayList<>();
    for (Measure measure : site.app().measures().all()) {
      if (measure.unit() != Unit.PERCENT && measure.unit() != Unit.SCORE) continue;
      MeasureId id = new MeasureId(measure.id());
      if (nations.stream().allMatch(each -> !site.years(each, id).isEmpty())) factors.add(measure);
    }
    return factors;
  }
}
