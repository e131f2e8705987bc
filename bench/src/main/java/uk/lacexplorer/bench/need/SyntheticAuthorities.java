package uk.lacexplorer.bench.need;

import java.util.List;
import java.util.Random;
import uk.lacexplorer.stats.regression.Design;

/**
 * About as many authorities as Wales and England together (175): populations 10,000–250,000 children, four need
 * factors with realistic correlation, and overdispersed counts (gamma-Poisson, θ ≈ 20) from a log-linear rate.
 * Fixed seed, so every run measures the same input.
 */
final class SyntheticAuthorities {
  static final int AUTHORITIES = 175;
  static final List<String> COVARIATES = List.of("deprivation", "lone_parent", "low_income", "unemployment");

  final double[][] covariates = new double[AUTHORITIES][4];
  final double[] counts = new double[AUTHORITIES];
  final double[] population = new double[AUTHORITIES];
  final double[] offsets = new double[AUTHORITIES];
  final double[] rates = new double[AUTHORITIES];
  final double[] entries = new double[AUTHORITIES];

  SyntheticAuthorities(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < AUTHORITIES; i++) {
      double need = random.nextGaussian();
      covariates[i][0] = Math.max(0, 30 + 15 * need + 5 * random.nextGaussian());
      covariates[i][1] = 10 + 1.5 * need + random.nextGaussian();
      covariates[i][2] = 22 + 4 * need + 2 * random.nextGaussian();
      covariates[i][3] = 6 + 1.2 * need + random.nextGaussian();
      population[i] = 10_000 + random.nextDouble() * 240_000;
      offsets[i] = Math.log(population[i]);
      double mean = Math.exp(-5.6 + 0.012 * covariates[i][0] + 0.05 * covariates[i][1]) * population[i];
      double gamma = gammaTwenty(random);
      counts[i] = poisson(random, mean * gamma);
      rates[i] = counts[i] / population[i] * 10_000;
      entries[i] = Math.max(1, Math.round(counts[i] * (0.3 + 0.3 * random.nextDouble())));
    }
  }

  Design design() {
    return Design.withIntercept(COVARIATES, covariates);
  }

  /** Gamma(shape 20, scale 1/20): mean 1, sum of 20 exponentials. */
  private static double gammaTwenty(Random random) {
    double sum = 0;
    for (int k = 0; k < 20; k++) sum -= Math.log(1 - random.nextDouble());
    return sum / 20;
  }

  /** Normal approximation is enough for means in the hundreds; exact inversion below 30. */
  private static double poisson(Random random, double mean) {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
