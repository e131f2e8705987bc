package uk.lacexplorer.rates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;

/**
 * Population estimates by area for one population measure, with the policies to pick the estimate for a count.
 *
 * <p>A count at 31 March of year Y is divided by the estimate for the mid-year before it, mid-(Y − 1), as the Welsh
 * Government and DfE publish their rates: ONS estimates are stored by their mid-year, so Y looks up Y − 1; DfE's
 * denominators are stored under the year of the count they divide (DfE's 2019 is ONS mid-2018), so Y looks up Y.
 */
final class Denominators {
  private final String measure;
  private final int lag;
  private final Map<AreaCode, NavigableMap<Integer, Observation>> byArea = new HashMap<>();

  /**
   * @param measure the population measure
   * @param lag how many years before the count's year the stored period is (1 for ONS mid-years, 0 for DfE's)
   */
  Denominators(String measure, int lag, List<Observation> observations) {
    this.measure = measure;
    this.lag = lag;
    for (Observation observation : observations) {
      if (observation.value() != null && observation.value() > 0) {
        byArea.computeIfAbsent(observation.area(), key -> new TreeMap<>()).put(observation.period(), observation);
      }
    }
  }

  /** ONS mid-year estimates: a count at 31 March Y on mid-(Y − 1). */
  static Denominators ons(List<Observation> observations) {
    return new Denominators(RateService.ONS_POPULATION, 1, observations);
  }

  /** DfE's denominators, stored under the year of the count. */
  static Denominators dfe(List<Observation> observations) {
    return new Denominators(RateService.DFE_POPULATION, 0, observations);
  }

  /** True when there is the estimate for the count's own year (no nearest year or interpolation needed). */
  boolean has(AreaCode area, int countYear) {
    NavigableMap<Integer, Observation> series = byArea.get(area);
    return series != null && series.containsKey(countYear - lag);
  }

  /** True when the area has any estimate in this series. */
  boolean hasAny(AreaCode area) {
    NavigableMap<Integer, Observation> series = byArea.get(area);
    return series != null && !series.isEmpty();
  }

  private int midYear(int period) {
    return lag == 1 ? period : period - 1;
  }

  Denominator pick(AreaCode area, int countYear, DenominatorPolicy policy) {
    NavigableMap<Integer, Observation> series = byArea.get(area);
    if (series == null || series.isEmpty()) return Denominator.none(measure);
    int wanted = countYear - lag;
    Observation exact = series.get(wanted);
    if (exact != null) return single(exact, false, "");
    if (policy == DenominatorPolicy.EXACT) return Denominator.none(measure);
    Map.Entry<Integer, Observation> before = series.floorEntry(wanted);
    Map.Entry<Integer, Observation> after = series.ceilingEntry(wanted);
    if (policy == DenominatorPolicy.INTERPOLATE && before != null && after != null) {
      double weight = (wanted - before.getKey()) / (double) (after.getKey() - before.getKey());
      double value = before.getValue().value() + weight * (after.getValue().value() - before.getValue().value());
      int from = midYear(before.getKey());
      int to = midYear(after.getKey());
      PopulationVintage first = PopulationVintage.of(before.getValue(), from);
      PopulationVintage second = PopulationVintage.of(after.getValue(), to);
      // Mid-2011 is the Census 2011 base of both the first and the rebased series, so it joins either.
      String vintage = first == second || second == PopulationVintage.CENSUS_2011 ? first.id()
          : first == PopulationVintage.CENSUS_2011 ? second.id() : "mixed";
      String description = "interpolated between " + source() + " mid-" + from + label(first) + " and mid-" + to
          + label(second);
      return new Denominator(value, null, measure, true, description, from, to, vintage);
    }
    Map.Entry<Integer, Observation> nearest;
    if (before == null) {
      nearest = after;
    } else if (after == null) {
      nearest = before;
    } else {
      nearest = wanted - before.getKey() <= after.getKey() - wanted ? before : after;
    }
    return single(nearest.getValue(), true, "nearest estimate: ");
  }

  private Denominator single(Observation estimate, boolean estimated, String prefix) {
    int mid = midYear(estimate.period());
    PopulationVintage vintage = PopulationVintage.of(estimate, mid);
    String what = lag == 1 ? "ONS mid-" + mid + " estimate"
        : "DfE's denominator for " + estimate.period() + " (ONS mid-" + mid + ")";
    return new Denominator(estimate.value(), mid, measure, estimated, prefix + what + label(vintage), null, null,
        vintage.id());
  }

  private String source() {
    return lag == 1 ? "ONS" : "DfE's denominators (ONS)";
  }

  private static String label(PopulationVintage vintage) {
    return vintage.words().isEmpty() ? "" : " (" + vintage.words() + ")";
  }
}
