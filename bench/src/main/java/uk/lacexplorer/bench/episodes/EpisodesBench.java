package uk.lacexplorer.bench.episodes;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.lacexplorer.episodes.AuthorityResult;
import uk.lacexplorer.episodes.EpisodeService;
import uk.lacexplorer.episodes.Timings;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.output.Column;
import uk.lacexplorer.output.Output;
import uk.lacexplorer.output.OutputWriter;

/**
 * The episode engine at national scale (a benchmark, not a test, and not part of {@code ./lacx}): read, validate and
 * derive every authority's yearly flows end to end in this process, reporting wall and CPU time, episodes per second
 * and peak memory; then the flows step alone; then, unless {@code --baseline none}, the same flows in pandas
 * ({@code scripts/bench_flows_pandas.py}, Debian python3) on the same files, its time, the ratio, and whether its
 * counts agree with ours. Run by {@code scripts/bench-episodes.sh}.
 */
@Command(name = "episodes-bench", mixinStandardHelpOptions = true,
    description = {"Benchmark of the episode engine; make a national-scale input with: ./lacx synth903 --children",
        "2000000 --years 20 --authorities 155 --moves 0.07 --seed 903 --out DIR. See scripts/bench-episodes.sh."})
public final class EpisodesBench implements Callable<Integer> {
  @Option(names = "--dir", required = true, paramLabel = "DIR",
      description = "Folder of one authority's tables, or a folder of such folders.")
  Path dir;

  @Option(names = "--la", paramLabel = "CODE", description = "Authority code of a single-authority folder.")
  String laCode;

  @Option(names = "--from", paramLabel = "YEAR", description = "First year ending 31 March (default: inferred).")
  Integer fromYear;

  @Option(names = "--to", paramLabel = "YEAR", description = "Last year ending 31 March (default: inferred).")
  Integer toYear;

  @Option(names = "--threads", paramLabel = "N", description = "Authorities processed at once (default: cores).")
  Integer threads;

  @Option(names = "--baseline", defaultValue = "pandas", paramLabel = "pandas|none",
      description = "Baseline to run after ours (default: ${DEFAULT-VALUE}).")
  String baseline;

  @Option(names = "--python", defaultValue = "/usr/bin/python3", paramLabel = "PATH",
      description = "Python with pandas (default: ${DEFAULT-VALUE}).")
  String python;

  @Option(names = "--script", defaultValue = "scripts/bench_flows_pandas.py", paramLabel = "PATH",
      description = "The pandas baseline script (default: ${DEFAULT-VALUE}).")
  Path script;

  public static void main(String[] args) {
    System.exit(new CommandLine(new EpisodesBench()).execute(args));
  }

  @Override
  public Integer call() {
    System.out.print(OutputWriter.table(output()));
    return 0;
  }

  private EpisodeService.Request request(Set<EpisodeService.Work> work) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new EpisodeService.Request(dir, laCode, fromYear, toYear, work, threads == null ? cores : threads,
        Dates.now(), null);
  }

  private final List<List<Object>> rows = new ArrayList<>();

  Output output() {
    OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    add("machine", "cores " + Runtime.getRuntime().availableProcessors() + ", load average "
        + "%.1f".formatted(os.getSystemLoadAverage()) + " at start, JVM max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB", "");
    resetPeaks();
    Timings timings = new Timings();
    long cpu = os.getProcessCpuTime();
    long wall = System.nanoTime();
    List<AuthorityResult> results = new EpisodeService(timings).process(
        request(EnumSet.of(EpisodeService.Work.VALIDATE, EpisodeService.Work.FLOWS)));
    double seconds = (System.nanoTime() - wall) / 1e9;
    double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
    long episodes = results.stream().mapToLong(AuthorityResult::episodes).sum();
    long children = results.stream().mapToLong(AuthorityResult::children).sum();
    long findings = results.stream().mapToLong(result -> result.findings().size()).sum();
    long years = results.stream().mapToLong(result -> result.flows().years().size()).sum();
    add("input", "%,d authorities, %,d episodes, %,d children".formatted(results.size(), episodes, children), "");
    add("end to end: read + validate (all rules) + yearly flows", "%.2f s wall, %.2f s CPU".formatted(seconds, cpuSeconds),
        "%,d findings, %,d authority-years".formatted(findings, years));
    add("throughput", "%,.0f episodes/s".formatted(episodes / seconds), "wall clock");
    for (Timings.Phase phase : List.of(Timings.Phase.READ, Timings.Phase.ORDER, Timings.Phase.VALIDATE,
        Timings.Phase.FLOWS)) {
      add("  CPU in " + phase.name().toLowerCase(java.util.Locale.ROOT), "%.2f s".formatted(timings.seconds(phase)),
          "summed over threads");
    }
    add("peak heap used", "%,d MB".formatted(peakHeap() >> 20), "sum of heap pools' peaks (JMX)");
    add("peak resident memory", "%,d MB".formatted(residentPeak() >> 10), "VmHWM of this process");
    cpu = os.getProcessCpuTime();
    wall = System.nanoTime();
    List<AuthorityResult> flowsOnly = new EpisodeService().process(
        request(EnumSet.of(EpisodeService.Work.FLOWS)));
    double flowSeconds = (System.nanoTime() - wall) / 1e9;
    add("yearly flows alone: read + derive (JIT warm)", "%.2f s wall, %.2f s CPU".formatted(flowSeconds,
        (os.getProcessCpuTime() - cpu) / 1e9), "");
    if (!baseline.equals("none")) baseline(flowsOnly, flowSeconds);
    return Output.of(Column.named(List.of("measure", "value", "note")), rows,
        List.of("Times depend on the machine and on what else runs on it: see the load average above."));
  }

  private void baseline(List<AuthorityResult> ours, double oursSeconds) {
    if (!Files.isRegularFile(script)) {
      add("pandas baseline", "not run", script + " not found (run from the repository root or give --script)");
      return;
    }
    try {
      PandasBaseline.Outcome outcome = PandasBaseline.run(python, script, dir, ours);
      double total = outcome.timings().path("seconds_total").asDouble();
      add("pandas baseline: read + flows", "%.2f s wall, %.2f s CPU".formatted(total,
          outcome.timings().path("cpu_seconds").asDouble()), "pandas " + outcome.timings().path("pandas").asString()
          + ", read %.2f s + flows %.2f s, peak RSS %,.0f MB".formatted(outcome.timings().path("seconds_read").asDouble(),
          outcome.timings().path("seconds_flows").asDouble(), outcome.timings().path("peak_rss_mb").asDouble()));
      add("ratio pandas / LAC Explorer (flows step)", "%.1f".formatted(total / oursSeconds), "wall clock");
      add("pandas counts agree", outcome.rowsDiffering() == 0 ? "yes" : "no",
          "%,d authority-years compared, %,d differ %s".formatted(outcome.rowsCompared(), outcome.rowsDiffering(),
              outcome.firstDifference()));
    } catch (IOException e) {
      add("pandas baseline", "failed", e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      add("pandas baseline", "interrupted", "");
    }
  }

  private void add(String measure, String value, String note) {
    rows.add(Arrays.asList(measure, value, note));
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
  }

  private static long peakHeap() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) total += pool.getPeakUsage().getUsed();
    }
    return total;
  }

  /** Peak resident set size in KB from /proc/self/status, or 0 where there is none. */
  private static long residentPeak() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D+", ""));
      }
    } catch (IOException | NumberFormatException e) {
      return 0;
    }
    return 0;
  }
}
