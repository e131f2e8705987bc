package uk.lacexplorer.imports.dfe;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.area.Area;
import uk.lacexplorer.area.AreaRegistry;
import uk.lacexplorer.area.AreaType;
import uk.lacexplorer.observation.Observation;
import uk.lacexplorer.rates.Denominator;
import uk.lacexplorer.rates.RateService;

/**
 * The check: for every area-year of a DfE numbers-and-rates file, the rate {@link RateService} computes from
 * the number and DfE's population, rounded as DfE rounds (to a whole number, halves up), equals DfE's published
 * {@code rate_per_10000}. Rows with a suppressed number, rate or population are not compared.
 */
final class PublishedRateCheck {
  private static final Map<String, String> RATE_OF = Map.of(
      "children_looked_after", "children_looked_after_rate_dfe",
      "children_started_looked_after", "children_started_looked_after_rate_dfe",
      "children_ceased_looked_after", "children_ceased_looked_after_rate_dfe");

  private PublishedRateCheck() {
  }

  /** One comparison: the computed rate before rounding, the rounded one and DfE's. */
  record Comparison(Area area, String measure, int year, double count, double population, double computed,
                    long rounded, double published) {
    boolean matches() {
      return rounded == published;
    }
  }

  /** The comparisons of a given area type (local authorities, regions or the nation). */
  static List<Comparison> compare(List<Observation> observations, AreaRegistry areas, AreaType type) {
    Map<Observation.Key, Observation> byKey = new HashMap<>();
    for (Observation observation : observations) byKey.put(observation.key(), observation);
    List<Comparison> comparisons = new ArrayList<>();
    for (Observation count : observations) {
      String rateMeasure = RATE_OF.get(count.measure());
      if (rateMeasure == null || !count.breakdown().isEmpty() || count.value() == null) continue;
      Area area = areas.get(count.area());
      if (area.type() != type) continue;
      Observation published = byKey.get(new Observation.Key(count.area(), rateMeasure, count.period(), ""));
      Observation population = byKey.get(new Observation.Key(count.area(), "population_0_17_dfe", count.period(), ""));
      if (published == null || published.value() == null || population == null || population.value() == null) continue;
      Denominator denominator = new Denominator(population.value(), count.period(), RateService.DFE_POPULATION, false,
          "same year (" + count.period() + ")");
      double computed = RateService.row(area, count.period(), count, denominator).rate();
      long rounded = BigDecimal.valueOf(computed).setScale(0, RoundingMode.HALF_UP).longValueExact();
      comparisons.add(new Comparison(area, count.measure(), count.period(), count.value(), population.value(), computed,
          rounded, published.value()));
    }
    return comparisons;
  }
}
