package uk.lacexplorer.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Repeated wall-clock timings of one step, in milliseconds. */
final class Timings {
  private final String name;
  private final List<Double> millis = new ArrayList<>();

  Timings(String name) {
    this.name = name;
  }

  <T> T time(java.util.function.Supplier<T> step) {
    long start = System.nanoTime();
    T result = step.get();
    millis.add((System.nanoTime() - start) / 1e6);
    return result;
  }

  double median() {
    List<Double> sorted = millis.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  double min() {
    return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  String line(int items, String unit) {
    String rate = items > 0 ? String.format(Locale.ROOT, ", %,.0f %s/s at the median", items / (median() / 1000), unit) : "";
    return String.format(Locale.ROOT, "%-44s median %8.1f ms, min %8.1f ms over %d runs%s", name, median(), min(),
        millis.size(), rate);
  }
}
