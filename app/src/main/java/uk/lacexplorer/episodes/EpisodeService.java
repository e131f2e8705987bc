package uk.lacexplorer.episodes;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.episodes.derive.AuthorityFlows;
import uk.lacexplorer.episodes.derive.CollectionWindow;
import uk.lacexplorer.episodes.derive.EpisodeOrder;
import uk.lacexplorer.episodes.derive.FlowDeriver;
import uk.lacexplorer.episodes.derive.ProfileDeriver;
import uk.lacexplorer.episodes.derive.ReportingPeriods;
import uk.lacexplorer.episodes.derive.UsableEpisodes;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.Extract;
import uk.lacexplorer.episodes.parse.ExtractReader;
import uk.lacexplorer.episodes.parse.TableData;
import uk.lacexplorer.episodes.survival.CarePeriods;
import uk.lacexplorer.episodes.validate.Validator;

/**
 * Reads an SSDA903 folder (one authority, or a national extract of one folder per authority) and works out what is
 * asked: validation findings, yearly flows, periods of care. Authorities are processed in parallel on
 * {@code threads} threads, each read, worked on and dropped in turn, so memory holds only a few authorities' tables.
 */
public final class EpisodeService {
  public enum Work { VALIDATE, FLOWS, PERIODS, PROFILES }

  private final Timings timings;

  public EpisodeService() {
    this(new Timings());
  }

  /** With the CPU time of each phase added to {@code timings} (the benchmark reads them). */
  public EpisodeService(Timings timings) {
    this.timings = timings;
  }

  /**
   * @param laCode the authority code for a single-authority folder (null: the folder name)
   * @param fromYear first year of the window (null: inferred), {@code toYear} likewise
   */
  public record Request(Path dir, String laCode, Integer fromYear, Integer toYear, Set<Work> work, int threads,
                        Dates dates, int[] range) {
    public Request(Path dir, String laCode, Integer fromYear, Integer toYear, Set<Work> work, int threads, Dates dates) {
      this(dir, laCode, fromYear, toYear, work, threads, dates, null);
    }

    public Request {
      work = work.isEmpty() ? EnumSet.noneOf(Work.class) : EnumSet.copyOf(work);
      if (threads < 1) throw new IllegalArgumentException("threads " + threads);
      if (range != null && (range.length != 2 || range[1] < range[0])) {
        throw UserError.of("error.episodes.rangeBackwards", uk.lacexplorer.i18n.Arg.option("range"));
      }
      if (fromYear != null && toYear != null && toYear < fromYear) {
        throw UserError.of("error.episodes.toBeforeFrom", uk.lacexplorer.i18n.Arg.option("to"), toYear, uk.lacexplorer.i18n.Arg.option("from"), fromYear);
      }
    }

    public static Request of(Path dir, Set<Work> work) {
      return new Request(dir, null, null, null, work, Runtime.getRuntime().availableProcessors(), Dates.now());
    }
  }

  public List<AuthorityResult> process(Request request) {
    List<Path> folders = ExtractReader.authorityFolders(request.dir());
    if (request.laCode() != null && folders.size() > 1) {
      throw UserError.of("error.episodes.laOneFolder", uk.lacexplorer.i18n.Arg.option("la"), request.dir(), folders.size());
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), folders.size()));
    try {
      List<Future<AuthorityResult>> futures = new ArrayList<>();
      for (Path folder : folders) futures.add(pool.submit(() -> processOne(folder, request)));
      List<AuthorityResult> results = new ArrayList<>();
      for (Future<AuthorityResult> future : futures) results.add(get(future));
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static AuthorityResult get(Future<AuthorityResult> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) throw runtime;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Reads and works on one authority's folder. */
  public AuthorityResult processOne(Path folder, Request request) {
    long started = Timings.now();
    Extract extract = new ExtractReader(request.dates()).read(folder, request.laCode());
    timings.add(Timings.Phase.READ, started);
    return work(extract, request);
  }

  /** Works on tables already read (tests build them in memory). */
  public AuthorityResult work(Extract extract, Request request) {
    TableData episodes = extract.episodes();
    long started = Timings.now();
    EpisodeOrder order = EpisodeOrder.of(episodes, extract.children().size());
    CollectionWindow window = window(episodes, order, request);
    timings.add(Timings.Phase.ORDER, started);
    started = Timings.now();
    var findings = request.work().contains(Work.VALIDATE) ? Validator.validate(extract, order, window) : null;
    timings.add(Timings.Phase.VALIDATE, started);
    started = Timings.now();
    AuthorityFlows flows = null;
    if (request.work().contains(Work.FLOWS)) {
      int shortBreaks = 0;
      int unreadable = 0;
      for (int row = 0; row < episodes.size(); row++) {
        if (UsableEpisodes.isUnreadable(episodes, row)) unreadable++;
        else if (UsableEpisodes.isShortBreak(episodes, row)) shortBreaks++;
      }
      ReportingPeriods periods = request.range() != null ? ReportingPeriods.range(request.range()[0], request.range()[1])
          : window == null ? null : ReportingPeriods.years(window);
      var years = periods == null ? List.<uk.lacexplorer.episodes.derive.YearlyFlows>of()
          : new FlowDeriver(episodes, order, periods).derive(extract.laCode());
      flows = new AuthorityFlows(extract.laCode(), years, periods, episodes.size(), shortBreaks, unreadable);
    }
    timings.add(Timings.Phase.FLOWS, started);
    started = Timings.now();
    CarePeriods periods = request.work().contains(Work.PERIODS) && window != null
        ? CarePeriods.of(extract, order, window) : null;
    timings.add(Timings.Phase.PERIODS, started);
    var profiles = request.work().contains(Work.PROFILES) && window != null
        ? ProfileDeriver.derive(extract.laCode(), episodes, extract.header(), order, window) : null;
    return new AuthorityResult(extract.laCode(), episodes.size(), extract.children().size(), window, findings, flows,
        periods, profiles);
  }

  private static CollectionWindow window(TableData episodes, EpisodeOrder order, Request request) {
    CollectionWindow inferred = CollectionWindow.infer(episodes, order);
    if (request.fromYear() == null && request.toYear() == null) return inferred;
    int from = request.fromYear() != null ? request.fromYear() : inferred != null ? inferred.firstYear() : request.toYear();
    int to = request.toYear() != null ? request.toYear() : inferred != null ? inferred.lastYear() : request.fromYear();
    if (to < from) {
      throw UserError.of("error.episodes.emptyWindow", from, to, uk.lacexplorer.i18n.Arg.option("from"), uk.lacexplorer.i18n.Arg.option("to"));
    }
    return new CollectionWindow(from, to);
  }
}
