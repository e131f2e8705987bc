package uk.lacexplorer.projection.episodes;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.lacexplorer.episodes.parse.Dates;
import uk.lacexplorer.episodes.parse.Extract;
import uk.lacexplorer.episodes.parse.ExtractReader;
import uk.lacexplorer.i18n.UserError;
import uk.lacexplorer.projection.Scenario;
import uk.lacexplorer.stats.projection.MarkovProjection;

/**
 * Projects an authority's children looked after month by month from its own SSDA903 episodes: the transition
 * probabilities between placement types and age bands, and the monthly entrants to each, measured on the window
 * before the extract's last month end ({@link EpisodeFlows}), then a Markov projection ({@link MarkovProjection}) from
 * the children in care on that day. The intervals are normal ones on the exact mean and variance of the counts
 * ({@link MarkovProjection#moments}: the multinomial spread of each month's moves and the Poisson spread of entrants);
 * with hundreds of children the counts are close to normal, and the moments are what 40,000 simulations give
 * ({@code MarkovProjectionTest}).
 */
public final class EpisodeProjectionService {
  /** Standard normal quantiles for the central 50%, 80% and 95% (R: qnorm(0.75), qnorm(0.9), qnorm(0.975)). */
  static final double Z50 = 0.6744897501960817;
  static final double Z80 = 1.2815515655446004;
  static final double Z95 = 1.959963984540054;

  public EpisodeProjectionResult run(EpisodeProjectionRequest request) {
    if (!Files.isRegularFile(request.folder().resolve("episodes.csv"))) {
      throw UserError.of("error.projection.noEpisodes", request.folder().toString());
    }
    long t0 = System.nanoTime();
    // the projection needs the children's dates of birth and their episodes only: the two files are read at once, each
    // with its own numbering of the children (matched by CHILD afterwards)
    ExtractReader reader = new ExtractReader(Dates.now());
    java.util.concurrent.CompletableFuture<Extract> header = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> reader.read(request.folder(), null, java.util.List.of(uk.lacexplorer.episodes.parse.Tables.HEADER)));
    Extract extract = reader.read(request.folder(), null, java.util.List.of(uk.lacexplorer.episodes.parse.Tables.EPISODES));
    Extract births;
    try {
      births = header.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      throw e;
    }
    long t1 = System.nanoTime();
    EpisodeFlows flows = EpisodeFlows.of(extract, births, request.window());
    if (flows.reference() == Integer.MIN_VALUE || flows.children() == 0) {
      throw UserError.of("error.projection.noEpisodes", request.folder().toString());
    }
    double[][] transitions = transitions(flows, request.scenario());
    double[] entries = new double[CareStates.STATES];
    double entryFactor = request.scenario().rateFactor();
    long entered = 0;
    int band = request.entryBand() == null ? -1 : CareStates.BANDS.indexOf(request.entryBand());
    for (int j = 0; j < entries.length; j++) {
      double factor = band < 0 || CareStates.band(j) == band ? entryFactor : 1;
      entries[j] = factor * flows.entries()[j] / flows.months();
      entered += flows.entries()[j];
    }
    long t2 = System.nanoTime();
    double[][] base = baseline(flows);
    MarkovProjection model = new MarkovProjection(base, baseEntries(flows));
    double[] start = new double[CareStates.STATES];
    long total = 0;
    for (int i = 0; i < start.length; i++) {
      start[i] = flows.stock()[i];
      total += flows.stock()[i];
    }
    int months = request.months();
    MarkovProjection.Moments moments = model.moments(start, months);
    double[] totals = MarkovProjection.totals(moments.means());
    MarkovProjection.Moments changed = request.scenario().changesFlows()
        ? new MarkovProjection(transitions, entries).moments(start, months) : null;
    double[] changedTotals = changed == null ? null : MarkovProjection.totals(changed.means());
    List<EpisodeProjectionResult.Month> rows = new ArrayList<>();
    int[] ends = monthEndsAfter(flows.reference(), months);
    for (int t = 0; t < months; t++) {
      double mean = totals[t];
      double sd = Math.sqrt(Math.max(0, moments.totalVariance()[t]));
      double scenarioSd = changed == null ? Double.NaN : Math.sqrt(Math.max(0, changed.totalVariance()[t]));
      rows.add(new EpisodeProjectionResult.Month(Dates.toLocalDate(ends[t]).toString(), mean, mean,
          low(mean, Z50 * sd), mean + Z50 * sd, low(mean, Z80 * sd), mean + Z80 * sd, low(mean, Z95 * sd), mean + Z95 * sd,
          changed == null ? Double.NaN : changedTotals[t], changed == null ? Double.NaN : low(changedTotals[t], Z95 * scenarioSd),
          changed == null ? Double.NaN : changedTotals[t] + Z95 * scenarioSd));
    }
    long t3 = System.nanoTime();
    Map<String, Long> startByType = new LinkedHashMap<>();
    for (int i = 0; i < CareStates.STATES; i++) startByType.merge(CareStates.TYPES.get(CareStates.type(i)), flows.stock()[i], Long::sum);
    long atRisk = 0;
    long exits = 0;
    for (int i = 0; i < CareStates.STATES; i++) {
      atRisk += flows.atRisk(i);
      exits += flows.exits()[i];
    }
    Map<String, Long> millis = new LinkedHashMap<>();
    millis.put("read", (t1 - t0) / 1_000_000);
    millis.put("calibrate", (t2 - t1) / 1_000_000);
    millis.put("project", (t3 - t2) / 1_000_000);
    return new EpisodeProjectionResult(request, extract.laCode(), Dates.toLocalDate(flows.reference()).toString(),
        flows.episodes(), flows.children(), flows.undated(), total, (double) entered / flows.months(),
        atRisk == 0 ? 0 : (double) exits / atRisk, startByType, rows,
        groups(flows, moments, true), groups(flows, moments, false), millis);
  }

  /** Month ends after the reference: the first is a month on. */
  static int[] monthEndsAfter(int reference, int months) {
    LocalDate last = Dates.toLocalDate(reference);
    int[] ends = new int[months];
    for (int t = 0; t < months; t++) {
      LocalDate month = last.plusMonths(t + 1);
      ends[t] = (int) month.withDayOfMonth(month.lengthOfMonth()).toEpochDay();
    }
    return ends;
  }

  /** The measured probabilities: children moving to each state (or leaving) by the next month end, over those there. */
  static double[][] baseline(EpisodeFlows flows) {
    int states = CareStates.STATES;
    double[][] p = new double[states][states];
    for (int i = 0; i < states; i++) {
      long n = flows.atRisk(i);
      if (n == 0) {
        p[i][i] = 1; // never seen in the window: stays as it is
        continue;
      }
      for (int j = 0; j < states; j++) p[i][j] = (double) flows.moves()[i][j] / n;
    }
    return p;
  }

  static double[] baseEntries(EpisodeFlows flows) {
    double[] entries = new double[CareStates.STATES];
    for (int j = 0; j < entries.length; j++) entries[j] = (double) flows.entries()[j] / flows.months();
    return entries;
  }

  /**
   * The scenario's probabilities: each state's chance of leaving multiplied by the exit factor (at most 1), the
   * chances of staying scaled to what is left.
   */
  static double[][] transitions(EpisodeFlows flows, Scenario scenario) {
    double[][] p = baseline(flows);
    double factor = scenario.exitFactor();
    if (factor == 1) return p;
    for (double[] row : p) {
      double stay = 0;
      for (double v : row) stay += v;
      double exit = 1 - stay;
      double changed = Math.min(1, exit * factor);
      double scale = stay <= 0 ? 0 : (1 - changed) / stay;
      for (int j = 0; j < row.length; j++) row[j] *= scale;
    }
    return p;
  }

  /** Placement types (or age bands) at the last month: the mean and the normal 80% interval of their sum. */
  private static List<EpisodeProjectionResult.Group> groups(EpisodeFlows flows, MarkovProjection.Moments moments,
                                                            boolean byType) {
    List<String> ids = byType ? CareStates.TYPES : CareStates.BANDS;
    double[] last = moments.means()[moments.means().length - 1];
    List<EpisodeProjectionResult.Group> groups = new ArrayList<>();
    for (int g = 0; g < ids.size(); g++) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < CareStates.STATES; i++) if ((byType ? CareStates.type(i) : CareStates.band(i)) == g) members.add(i);
      int[] states = members.stream().mapToInt(Integer::intValue).toArray();
      double mean = 0;
      long start = 0;
      for (int i : states) {
        mean += last[i];
        start += flows.stock()[i];
      }
      double sd = Math.sqrt(Math.max(0, moments.variance(states)));
      groups.add(new EpisodeProjectionResult.Group(ids.get(g), start, mean, low(mean, Z80 * sd), mean + Z80 * sd));
    }
    return groups;
  }

  private static double low(double mean, double width) {
    return Math.max(0, mean - width);
  }
}
