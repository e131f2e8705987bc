package uk.lacexplorer.episodes.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.episodes.derive.CareYears;

/**
 * Writes a synthetic SSDA903 extract: one folder of tables, or with several authorities one folder per authority
 * (named by its code) under {@code out}. Each authority has its own random stream derived from the seed, so the
 * output does not depend on the number of threads.
 */
public final class Synth903 {
  /** What was written: folders, children and episodes. */
  public record Written(List<Path> folders, long children, long episodes) {
  }

  private Synth903() {
  }

  public static Written write(SynthParameters parameters, Path out, int threads) {
    if (Files.exists(out.resolve("episodes.csv")) || Files.exists(out.resolve("header.csv"))) {
      throw UserError.of("error.episodes.synthFolderUsed", out);
    }
    int windowStart = CareYears.march31(parameters.endYear() - parameters.years()) + 1;
    int windowEnd = CareYears.march31(parameters.endYear());
    int simulationStart = CareYears.march31(parameters.endYear() - parameters.years() - parameters.burnInYears()) + 1;
    List<Path> folders = new ArrayList<>();
    long[] counts;
    if (parameters.authorities() == 1) {
      folders.add(out);
      counts = new long[] {parameters.children()};
    } else {
      Authorities authorities = Authorities.share(parameters.authorities(), parameters.children());
      for (String code : authorities.codes()) folders.add(out.resolve(code));
      counts = authorities.children();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, folders.size())));
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int a = 0; a < folders.size(); a++) {
        int authority = a;
        futures.add(pool.submit(() -> authority(parameters, authority, folders.get(authority), counts[authority],
            simulationStart, windowStart, windowEnd)));
      }
      long episodes = 0;
      for (Future<Integer> future : futures) episodes += future.get();
      return new Written(folders, parameters.children(), episodes);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static int authority(SynthParameters parameters, int authority, Path folder, long children,
                               int simulationStart, int windowStart, int windowEnd) {
    SplittableRandom random = new SplittableRandom(parameters.seed() * 1_000_003L + authority);
    ChildSimulator simulator = new ChildSimulator(parameters, random, simulationStart, windowEnd);
    long firstId = 100_000L + authority * 10_000_000L;
    try (SynthWriter writer = new SynthWriter(folder)) {
      long written = 0;
      long attempt = 0;
      while (written < children) {
        SynthChild child = simulator.next(Long.toString(firstId + attempt++));
        if (child.lastDayInCare(windowEnd) < windowStart) continue;
        writer.write(child, windowEnd);
        written++;
      }
      return writer.episodes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
