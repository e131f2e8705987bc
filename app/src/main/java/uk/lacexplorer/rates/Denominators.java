package uk.lacexplorer.rates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import uk.lacexplorer.area.AreaCode;
import uk.lacexplorer.observation.Observation;

/** Population estimates by area and year for one population measure, with the policies to pick a year. */
final class Denominators {
  private final String measure;
  private final Map<AreaCode, NavigableMap<Integer, Double>> byArea = new HashMap<>();

  Denominators(String measure, List<Observation> observations) {
    this.measure = measure;
    for (Observation observation : observations) {
      if (observation.value() != null && observation.value() > 0) {
        byArea.computeIfAbsent(observation.area(), key -> new TreeMap<>()).put(observation.period(), observation.value());
      }
    }
  }

  boolean has(AreaCode area, int year) {
    NavigableMap<Integer, Double> series = byArea.get(area);
    return series != null && series.containsKey(year);
  }

  Denominator pick(AreaCode area, int year, DenominatorPolicy policy) {
    NavigableMap<Integer, Double> series = byArea.get(area);
    if (series == null || series.isEmpty()) return Denominator.none(measure);
    Double exact = series.get(year);
    if (exact != null) return new Denominator(exact, year, measure, false, "same year (" + year + ")");
    if (policy == DenominatorPolicy.EXACT) return Denominator.none(measure);
    Map.Entry<Integer, Double> before = series.floorEntry(year);
    Map.Entry<Integer, Double> after = series.ceilingEntry(year);
    if (policy == DenominatorPolicy.INTERPOLATE && before != null && after != null) {
      double weight = (year - before.getKey()) / (double) (after.getKey() - before.getKey());
      double value = before.getValue() + weight * (after.getValue() - before.getValue());
      int nearer = year - before.getKey() <= after.getKey() - year ? before.getKey() : after.getKey();
      return new Denominator(value, nearer, measure, true,
          "interpolated between " + before.getKey() + " and " + after.getKey());
    }
    Map.Entry<Integer, Double> nearest;
    if (before == null) {
      nearest = after;
    } else if (after == null) {
      nearest = before;
    } else {
      nearest = year - before.getKey() <= after.getKey() - year ? before : after;
    }
    return new Denominator(nearest.getValue(), nearest.getKey(), measure, true, "nearest year (" + nearest.getKey() + ")");
  }
}
