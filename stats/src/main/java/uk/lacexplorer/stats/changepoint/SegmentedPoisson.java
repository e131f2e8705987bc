package uk.lacexplorer.stats.changepoint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Change points in a yearly series of counts by segmented (joinpoint) Poisson regression with the population as
 * offset: log μ_t = log n_t + β₀ + β₁(t − t₀) + Σ δ_j (t − τ_j)₊ for 0, 1 or 2 break years τ on the grid of whole
 * years, each segment at least {@code minSegment} years long (break year included). For each number of breaks the
 * best break years minimise the deviance; the number is chosen by BIC on the deviance scaled by the dispersion
 * φ̂ = max(1, Pearson χ²/df) of the largest model (a quasi-Poisson BIC, so that extra-Poisson variation is not taken for
 * change), counting each break year as a parameter. Standard errors of δ are scaled by √φ̂ and condition on the break
 * year; the year's own uncertainty is the range of break years whose profile deviance is within χ²₁(0.95)·φ̂ of the
 * best. Stateless and thread-safe.
 */
public final class SegmentedPoisson {
  public static final int MAX_BREAKS = 2;
  private static final double PROFILE = new ChiSquaredDistribution(1).inverseCumulativeProbability(0.95);
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
  private static final double Z975 = NORMAL.inverseCumulativeProbability(0.975);

  private SegmentedPoisson() {
  }

  public static ChangePoints detect(List<SeriesPoint> series, int minSegment) {
    if (minSegment < 2) throw new IllegalArgumentException("segments need at least 2 years: " + minSegment);
    List<SeriesPoint> points = new ArrayList<>(series);
    points.sort(Comparator.comparingInt(SeriesPoint::year));
    int n = points.size();
    if (n < 2 * minSegment - 1) {
      throw new IllegalArgumentException("change points need at least " + (2 * minSegment - 1) + " years, got " + n);
    }
    int first = points.get(0).year();
    double[] y = new double[n];
    double[] offset = new double[n];
    int[] years = new int[n];
    for (int i = 0; i < n; i++) {
      years[i] = points.get(i).year();
      if (i > 0 && years[i] == years[i - 1]) throw new IllegalArgumentException("two points for " + years[i]);
      y[i] = points.get(i).count();
      offset[i] = Math.log(points.get(i).population());
    }
    List<List<Fitted>> byBreaks = new ArrayList<>();
    PoissonFit trend = PoissonFit.fit(design(years, first, List.of()), y, offset);
    byBreaks.add(List.of(new Fitted(List.of(), trend)));
    java.util.Map<Integer, PoissonFit> oneBreak = new java.util.HashMap<>();
    for (int k = 1; k <= MAX_BREAKS; k++) {
      List<Fitted> fits = new ArrayList<>();
      for (List<Integer> breaks : breakSets(years, k, minSegment)) {
        // Warm start from the neighbouring fit (break years one step earlier) or the nearest simpler one: fewer Newton steps.
        PoissonFit start = k == 1 ? (fits.isEmpty() ? trend : fits.get(fits.size() - 1).fit())
            : !fits.isEmpty() && fits.get(fits.size() - 1).breaks().get(0).equals(breaks.get(0))
            ? fits.get(fits.size() - 1).fit() : oneBreak.getOrDefault(breaks.get(0), trend);
        PoissonFit fit = PoissonFit.fit(design(years, first, breaks), y, offset, start.fitted());
        if (k == 1) oneBreak.put(breaks.get(0), fit);
        fits.add(new Fitted(breaks, fit));
      }
      if (fits.isEmpty()) break;
      byBreaks.add(fits);
    }
    List<Fitted> best = byBreaks.stream().map(fits -> fits.stream().min(Comparator.comparingDouble(f -> f.fit().deviance()))
        .orElseThrow()).toList();
    Fitted largest = best.get(best.size() - 1);
    int largestDf = n - largest.fit().coefficients().length;
    double dispersion = largestDf > 0 ? Math.max(1, largest.fit().pearson() / largestDf) : 1;
    List<Candidate> candidates = new ArrayList<>();
    int chosen = 0;
    for (int k = 0; k < best.size(); k++) {
      double criterion = best.get(k).fit().deviance() / dispersion + (2 + 2 * k) * Math.log(n);
      candidates.add(new Candidate(k, best.get(k).breaks(), best.get(k).fit().deviance(), criterion));
      if (criterion < candidates.get(chosen).criterion()) chosen = k;
    }
    return summarise(best.get(chosen), byBreaks.get(chosen), candidates, dispersion, years, offset);
  }

  private static ChangePoints summarise(Fitted model, List<Fitted> rivals, List<Candidate> candidates, double dispersion,
                                        int[] years, double[] offset) {
    double[] beta = model.fit().coefficients();
    double[][] covariance = model.fit().covariance();
    List<Break> breaks = new ArrayList<>();
    double slope = beta[1];
    for (int j = 0; j < model.breaks().size(); j++) {
      int column = 2 + j;
      double delta = beta[column];
      double se = Math.sqrt(covariance[column][column] * dispersion);
      double before = slope;
      slope += delta;
      int[] range = profileRange(rivals, j, model.fit().deviance(), dispersion);
      breaks.add(new Break(model.breaks().get(j), delta, se, delta - Z975 * se, delta + Z975 * se,
          2 * NORMAL.cumulativeProbability(-Math.abs(delta / se)), range[0], range[1], Math.expm1(before), Math.expm1(slope)));
    }
    double[] fittedRates = new double[years.length];
    for (int i = 0; i < years.length; i++) fittedRates[i] = model.fit().fitted()[i] / Math.exp(offset[i]);
    List<Integer> yearList = java.util.Arrays.stream(years).boxed().toList();
    return new ChangePoints(breaks, candidates, dispersion, Math.expm1(beta[1]), yearList, fittedRates);
  }

  /** Earliest and latest year of break j over the models with as many breaks whose scaled deviance is near the best. */
  private static int[] profileRange(List<Fitted> rivals, int j, double bestDeviance, double dispersion) {
    int earliest = Integer.MAX_VALUE;
    int latest = Integer.MIN_VALUE;
    for (Fitted rival : rivals) {
      if ((rival.fit().deviance() - bestDeviance) / dispersion <= PROFILE) {
        earliest = Math.min(earliest, rival.breaks().get(j));
        latest = Math.max(latest, rival.breaks().get(j));
      }
    }
    return new int[] {earliest, latest};
  }

  /** Sets of k break years, increasing, each segment at least minSegment years long (break year counted in both). */
  static List<List<Integer>> breakSets(int[] years, int k, int minSegment) {
    List<List<Integer>> sets = new ArrayList<>();
    collect(years, k, minSegment, years[0], new ArrayList<>(), sets);
    return sets;
  }

  private static void collect(int[] years, int k, int minSegment, int previous, List<Integer> chosen,
                              List<List<Integer>> sets) {
    if (chosen.size() == k) {
      if (pointsFrom(years, chosen.get(k - 1)) >= minSegment) sets.add(List.copyOf(chosen));
      return;
    }
    for (int year : years) {
      if (year <= previous) continue;
      if (pointsBetween(years, previous, year) < minSegment) continue;
      chosen.add(year);
      collect(years, k, minSegment, year, chosen, sets);
      chosen.remove(chosen.size() - 1);
    }
  }

  private static int pointsBetween(int[] years, int from, int to) {
    int count = 0;
    for (int year : years) if (year >= from && year <= to) count++;
    return count;
  }

  private static int pointsFrom(int[] years, int from) {
    int count = 0;
    for (int year : years) if (year >= from) count++;
    return count;
  }

  static double[][] design(int[] years, int first, List<Integer> breaks) {
    double[][] x = new double[years.length][2 + breaks.size()];
    for (int i = 0; i < years.length; i++) {
      x[i][0] = 1;
      x[i][1] = years[i] - first;
      for (int j = 0; j < breaks.size(); j++) x[i][2 + j] = Math.max(0, years[i] - breaks.get(j));
    }
    return x;
  }

  private record Fitted(List<Integer> breaks, PoissonFit fit) {
  }
}
