package uk.lacexplorer.bench.need;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * A companion to the JMH run for shared, busy machines: the CPU time this thread spends per call of each
 * {@link NeedBenchmarks} method (after 3 s of warm-up each), which waiting for a core does not inflate as it does
 * JMH's wall-clock average. Run: {@code java -cp ... uk.lacexplorer.bench.need.NeedCpuTimes}.
 */
public final class NeedCpuTimes {
  private NeedCpuTimes() {
  }

  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    NeedBenchmarks benchmarks = new NeedBenchmarks();
    benchmarks.setUp();
    Method[] methods = Arrays.stream(NeedBenchmarks.class.getMethods())
        .filter(m -> m.isAnnotationPresent(Benchmark.class)).sorted(Comparator.comparing(Method::getName)).toArray(Method[]::new);
    for (Method method : methods) {
      long warmUntil = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < warmUntil) method.invoke(benchmarks);
      int calls = 0;
      long start = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      while (System.nanoTime() - wallStart < 3_000_000_000L || calls < 3) {
        method.invoke(benchmarks);
        calls++;
      }
      double cpuMs = (threads.getCurrentThreadCpuTime() - start) / 1e6 / calls;
      System.out.printf("%-36s %10.3f ms CPU per call (%d calls)%n", method.getName(), cpuMs, calls);
    }
  }
}
