package uk.lacexplorer.bench.dataset;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Repeated timings of one step, in milliseconds: wall-clock time, and the CPU time of the thread that ran it (which a
 * machine shared with other work inflates much less than wall-clock time; H2 runs in the calling thread).
 */
final class Timings {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final String name;
  private final List<Double> wall = new ArrayList<>();
  private final List<Double> cpu = new ArrayList<>();

  Timings(String name) {
    this.name = name;
  }

  <T> T time(Supplier<T> step) {
    long cpuStart = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    T result = step.get();
    wall.add((System.nanoTime() - start) / 1e6);
    cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
    return result;
  }

  static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  String line(int items) {
    String rate = items > 0 ? String.format(Locale.ROOT, "; %,.0f observations/s (wall median)", items / (median(wall) / 1000)) : "";
    return String.format(Locale.ROOT, "%-40s wall median %7.0f ms, min %7.0f ms | cpu median %7.0f ms, min %7.0f ms (%d runs)%s",
        name, median(wall), min(wall), median(cpu), min(cpu), wall.size(), rate);
  }
}
