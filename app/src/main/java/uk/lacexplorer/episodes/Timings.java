package uk.lacexplorer.episodes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * CPU time spent in each phase of the episode pipeline, summed over the threads that ran it (for the benchmark).
 * Thread-safe.
 */
public final class Timings {
  public enum Phase { READ, ORDER, VALIDATE, FLOWS, PERIODS }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private final AtomicLongArray nanos = new AtomicLongArray(Phase.values().length);

  /** The current thread's CPU time in nanoseconds (wall time where the JVM cannot measure CPU time). */
  static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }

  void add(Phase phase, long startedAt) {
    nanos.addAndGet(phase.ordinal(), now() - startedAt);
  }

  public double seconds(Phase phase) {
    return nanos.get(phase.ordinal()) / 1e9;
  }
}
