package uk.lacexplorer.stats.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.distribution.discrete.BinomialDistribution;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Projects the stock from a {@link FlowHistory} by simulation. Parameter uncertainty: the entry rate is drawn from
 * its Jeffreys posterior gamma(started + ½, population), the exit probability from beta(ceased + ½, at risk − ceased +
 * ½); each simulated year then draws entrants ~ Poisson(rate × population) and leavers ~ binomial(stock + entrants,
 * exit probability). With a {@link Drift}, the rates also wander: the log entry rate and the logit exit probability
 * take a normal random step each projected year, and the calibrated mean of {@code years} years carries the extra
 * uncertainty of the yearly noise (its variance / years). The expected path uses the point estimates with no noise.
 * A fixed seed makes runs repeat.
 */
public final class Projection {
  public static final long SEED = 20_260_331L;
  public static final int SIMULATIONS = 2_000;

  private Projection() {
  }

  /**
   * Simulated stocks, {@code [year][simulation]}. Simulation {@code s} uses its own generator seeded {@code seed + s},
   * so a baseline and a scenario run with the same seed share each path's parameter draws (common random numbers).
   *
   * @param startStock the stock at the origin (31 March)
   * @param population the 0–17 population in each projected year (index 0 = first year after the origin)
   * @param rateFactor multiplies the sampled entry rate (1 = none)
   * @param exitChange maps a sampled exit probability to a scenario's (identity = none); clamped to [0, 1]
   */
  public static double[][] simulate(FlowHistory history, double startStock, double[] population, double rateFactor,
                                    DoubleUnaryOperator exitChange, int simulations, long seed) {
    return simulate(history, Drift.NONE, startStock, population, rateFactor, exitChange, simulations, seed);
  }

  /** As {@link #simulate(FlowHistory, double, double[], double, DoubleUnaryOperator, int, long)}, with rates that wander. */
  public static double[][] simulate(FlowHistory history, Drift drift, double startStock, double[] population,
                                    double rateFactor, DoubleUnaryOperator exitChange, int simulations, long seed) {
    double meanRateSd = drift.logRateNoise() / Math.sqrt(history.years());
    double meanExitSd = drift.logitExitNoise() / Math.sqrt(history.years());
    int horizon = population.length;
    double rateShape = history.started() + 0.5;
    double exitA = history.ceased() + 0.5;
    double exitB = history.atRisk() - history.ceased() + 0.5;
    double[][] paths = new double[horizon][simulations];
    RandomGenerator random = new Well19937c(seed);
    RandomDataGenerator draws = RandomDataGenerator.of(random);
    for (int s = 0; s < simulations; s++) {
      random.setSeed(seed + s);
      double logRate = Math.log(draws.nextGamma(rateShape, 1 / history.population()) * 10_000)
          + meanRateSd * random.nextGaussian();
      double logitExit = Drift.logit(Math.min(1 - 1e-12, Math.max(1e-12, draws.nextBeta(exitA, exitB))))
          + meanExitSd * random.nextGaussian();
      long stock = Math.round(startStock);
      for (int t = 0; t < horizon; t++) {
        logRate += drift.logRateStep() * random.nextGaussian();
        logitExit += drift.logitExitStep() * random.nextGaussian();
        double rate = Math.exp(logRate) * rateFactor;
        double exit = clamp(exitChange.applyAsDouble(1 / (1 + Math.exp(-logitExit))));
        double mean = rate * population[t] / 10_000;
        long entrants = mean > 0 ? poisson(mean, random) : 0;
        long atRisk = stock + entrants;
        long leavers = atRisk > 0 && exit > 0 ? binomial(atRisk, exit, random) : 0;
        stock = atRisk - leavers;
        paths[t][s] = stock;
      }
    }
    return paths;
  }

  /** The expected path: the model at the point estimates, without noise. */
  public static double[] expected(FlowHistory history, double startStock, double[] population, double rateFactor,
                                  DoubleUnaryOperator exitChange) {
    StockFlowModel point = new StockFlowModel(history.entryRatePer10k() * rateFactor,
        clamp(exitChange.applyAsDouble(history.exitProbability())));
    double[] path = new double[population.length];
    double stock = startStock;
    for (int t = 0; t < population.length; t++) {
      stock = point.step(stock, population[t]);
      path[t] = stock;
    }
    return path;
  }

  /**
   * The expected path of a damped model: each year the stock moves only {@code damping} of the way the model's step
   * would take it, {@code x + damping × (step(x) − x)} (1 = the model as it is, 0 = the stock stays where it is).
   * Measured on many authorities, the published flows overstate how far the stock moves in a year; the damping is
   * estimated from earlier years' one-year errors (see the application's {@code Damping}).
   */
  public static double[] damped(FlowHistory history, double startStock, double[] population, double damping) {
    StockFlowModel point = new StockFlowModel(history.entryRatePer10k(), history.exitProbability());
    double[] path = new double[population.length];
    double stock = startStock;
    for (int t = 0; t < population.length; t++) {
      stock += damping * (point.step(stock, population[t]) - stock);
      path[t] = stock;
    }
    return path;
  }

  /** Each simulated path moved by {@code shift[t]} in year t (clamped at 0): the damped centre with the model's spread. */
  public static double[][] shifted(double[][] paths, double[] shift) {
    double[][] moved = new double[paths.length][];
    for (int t = 0; t < paths.length; t++) {
      moved[t] = new double[paths[t].length];
      for (int s = 0; s < paths[t].length; s++) moved[t][s] = Math.max(0, paths[t][s] + shift[t]);
    }
    return moved;
  }

  /** The fan of each year from simulated paths and an expected path. */
  public static List<Fan> fans(double[][] paths, double[] expected) {
    List<Fan> fans = new ArrayList<>();
    for (int t = 0; t < paths.length; t++) {
      double[] sorted = paths[t].clone();
      Arrays.sort(sorted);
      fans.add(new Fan(t + 1, expected[t], quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
          quantile(sorted, 0.10), quantile(sorted, 0.90), quantile(sorted, 0.025), quantile(sorted, 0.975)));
    }
    return fans;
  }

  /** Element-wise {@code a − b} of two simulations of the same shape. */
  public static double[][] difference(double[][] a, double[][] b) {
    double[][] d = new double[a.length][];
    for (int t = 0; t < a.length; t++) {
      d[t] = new double[a[t].length];
      for (int s = 0; s < a[t].length; s++) d[t][s] = a[t][s] - b[t][s];
    }
    return d;
  }

  /** Baseline fans with the default number of simulations and seed. */
  public static List<Fan> project(FlowHistory history, double startStock, double[] population) {
    return fans(simulate(history, startStock, population, 1, p -> p, SIMULATIONS, SEED),
        expected(history, startStock, population, 1, p -> p));
  }

  private static double clamp(double p) {
    return Math.max(0, Math.min(1, p));
  }

  /** Knuth's product method for small means, a rounded normal draw for means above 30 (error well under the noise). */
  static long poisson(double mean, RandomGenerator random) {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    long k = 0;
    while (product > limit) {
      k++;
      product *= random.nextDouble();
    }
    return k;
  }

  /** Bernoulli trials up to 60, a rounded normal draw when the variance exceeds 9, the exact inverse otherwise. */
  static long binomial(long trials, double p, RandomGenerator random) {
    if (trials <= 60) {
      long k = 0;
      for (long i = 0; i < trials; i++) if (random.nextDouble() < p) k++;
      return k;
    }
    double mean = trials * p;
    double variance = mean * (1 - p);
    if (variance > 9) return Math.max(0, Math.min(trials, Math.round(mean + Math.sqrt(variance) * random.nextGaussian())));
    return new BinomialDistribution((int) Math.min(trials, Integer.MAX_VALUE), p).inverseCumulativeProbability(random.nextDouble());
  }

  /** Type 7 quantile (R's default) of sorted values. */
  static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
