package uk.lacexplorer.bench.cascade;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import uk.lacexplorer.application.Application;
import uk.lacexplorer.application.Config;
import uk.lacexplorer.cascade.CascadeRequest;
import uk.lacexplorer.cascade.CascadeResult;
import uk.lacexplorer.cascade.CascadeService;
import uk.lacexplorer.cascade.PerAuthorityCascade;
import uk.lacexplorer.dataset.DatasetFiles;
import uk.lacexplorer.store.Database;

/**
 * The whole cascade (every authority of both nations, every year with a stage, with its five need-based neighbours)
 * on the shipped dataset in an in-memory database, warm (JIT), each operation reading the tables from the store afresh
 * (no result cache): {@link #wholeCascade} as the service now computes it (one reading of each nation's tables for
 * all its authorities and years), against the old per-authority path ({@link PerAuthorityCascade}, the service as it
 * was) on a fixed sample of authority-years, without a cache (as the command line ran) and with every stage table kept
 * (as the web's cache kept them). Divide the old path's time by {@link #SAMPLE} authority-years and multiply by the
 * number printed at set-up to compare. Set-up checks that the old path's result equals the new one for every
 * authority-year (and fails otherwise).
 *
 * <p>Run: {@code java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main CascadeBench}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CascadeBench {
  /** Authority-years in the old path's sample, spread over both nations and all years. */
  public static final int SAMPLE = 24;

  private Application app;
  private List<CascadeRequest> all;
  private List<CascadeRequest> sample;
  private PerAuthorityCascade oldCached;
  private CascadeService keptTables;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    app = new Application(new Config(Files.createTempDirectory("lacx-cascade-bench"),
        Database.inMemoryUrl("cascade-bench-" + System.nanoTime()), null, null, DatasetFiles.Location.classpath()));
    List<CascadeResult> results = fresh().everyAuthorityEveryYear(CascadeRequest.DEFAULT_K);
    all = new ArrayList<>();
    for (CascadeResult result : results) all.add(new CascadeRequest(result.areaCode(), result.year(), CascadeRequest.DEFAULT_K));
    Map<Object, Object> kept = new HashMap<>();
    oldCached = new PerAuthorityCascade(app.counts(), app.neighbours(),
        compute -> key -> kept.computeIfAbsent(key, compute));
    int step = Integer.getInteger("cascade.checkEvery", 5);
    int mismatches = 0;
    int checked = 0;
    for (int i = 0; i < results.size(); i += step, checked++) {
      if (!oldCached.run(all.get(i)).equals(results.get(i))) mismatches++;
    }
    System.out.printf("%nwhole cascade: %d authority-years (%d nation-years); old per-authority path checked on %d "
        + "of them (every %d-th, -Dcascade.checkEvery=1 for all): %d differ%n", all.size(), years(results), checked,
        step, mismatches);
    if (mismatches > 0) throw new IllegalStateException(mismatches + " authority-years differ from the old path");
    Map<Object, Object> tables = new java.util.concurrent.ConcurrentHashMap<>();
    this.keptTables = new CascadeService(app.counts(), app.neighbours(), compute -> key -> tables.computeIfAbsent(key, compute));
    if (!this.keptTables.everyAuthorityEveryYear(CascadeRequest.DEFAULT_K).equals(results)) {
      throw new IllegalStateException("the cascade from kept tables differs from the fresh one");
    }
    sample = new ArrayList<>();
    for (int i = 0; i < SAMPLE; i++) sample.add(all.get((int) ((long) i * all.size() / SAMPLE)));
  }

  private static long years(List<CascadeResult> results) {
    return results.stream().map(r -> r.nation() + r.year()).distinct().count();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    app.close();
  }

  private CascadeService fresh() {
    return new CascadeService(app.counts(), app.neighbours());
  }

  /** Every authority-year, the new way: one reading of each nation's tables (no cache kept between operations). */
  @Benchmark
  public List<CascadeResult> wholeCascade() {
    return fresh().everyAuthorityEveryYear(CascadeRequest.DEFAULT_K);
  }

  /**
   * Every authority-year from the nations' tables already read, as the application keeps them in its result cache
   * (the web's warm path): the computation alone, without reading the store.
   */
  @Benchmark
  public List<CascadeResult> wholeCascadeTablesKept() {
    return keptTables.everyAuthorityEveryYear(CascadeRequest.DEFAULT_K);
  }

  /** {@link #SAMPLE} authority-years, the old way, each reading its stage tables, need table and resources. */
  @Benchmark
  public List<CascadeResult> oldPerAuthority() {
    PerAuthorityCascade old = new PerAuthorityCascade(app.counts(), app.neighbours());
    List<CascadeResult> results = new ArrayList<>();
    for (CascadeRequest request : sample) results.add(old.run(request));
    return results;
  }

  /** {@link #SAMPLE} authority-years, the old way with every stage table kept (as the web's cache kept them). */
  @Benchmark
  public List<CascadeResult> oldPerAuthorityTablesKept() {
    List<CascadeResult> results = new ArrayList<>();
    for (CascadeRequest request : sample) results.add(oldCached.run(request));
    return results;
  }

  /** {@link #SAMPLE} authority-years, the new service one at a time (each reading its nation's tables afresh). */
  @Benchmark
  public List<CascadeResult> newPerAuthority() {
    CascadeService service = fresh();
    List<CascadeResult> results = new ArrayList<>();
    for (CascadeRequest request : sample) results.add(service.run(request));
    return results;
  }

}
