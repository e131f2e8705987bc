package uk.lacexplorer.stats.rate;

import org.hipparchus.distribution.continuous.ChiSquaredDistribution;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Confidence intervals for the mean of a Poisson count, one constant per method.
 *
 * <ul>
 *   <li>{@link #EXACT}: Garwood's exact interval from the chi-squared distribution,
 *       lower = χ²(α/2; 2O)/2, upper = χ²(1−α/2; 2O+2)/2.</li>
 *   <li>{@link #BYARS}: Byar's approximation to the exact interval,
 *       lower = O(1 − 1/(9O) − z/(3√O))³, upper = (O+1)(1 − 1/(9(O+1)) + z/(3√(O+1)))³.</li>
 *   <li>{@link #BYARS_EXACT_BELOW_10}: the convention of the Public Health England
 *       technical guide: exact for counts below 10, Byar's otherwise.</li>
 * </ul>
 *
 * Stateless and thread-safe.
 */
public enum PoissonInterval {
  EXACT {
    @Override
    public Interval forCount(double observed, double confidence) {
      checkArguments(observed, confidence);
      double alpha = 1 - confidence;
      double lower = observed == 0 ? 0 : new ChiSquaredDistribution(2 * observed).inverseCumulativeProbability(alpha / 2) / 2;
      double upper = new ChiSquaredDistribution(2 * observed + 2).inverseCumulativeProbability(1 - alpha / 2) / 2;
      return new Interval(lower, upper, confidence);
    }
  },
  BYARS {
    @Override
    public Interval forCount(double observed, double confidence) {
      checkArguments(observed, confidence);
      double z = zFor(confidence);
      double lower = observed == 0 ? 0 : observed * Math.pow(1 - 1 / (9 * observed) - z / (3 * Math.sqrt(observed)), 3);
      double next = observed + 1;
      double upper = next * Math.pow(1 - 1 / (9 * next) + z / (3 * Math.sqrt(next)), 3);
      return new Interval(Math.max(0, lower), upper, confidence);
    }
  },
  BYARS_EXACT_BELOW_10 {
    @Override
    public Interval forCount(double observed, double confidence) {
      return observed < 10 ? EXACT.forCount(observed, confidence) : BYARS.forCount(observed, confidence);
    }
  };

  /** Interval for the Poisson mean given an observed count (not necessarily an integer: rounded counts are allowed). */
  public abstract Interval forCount(double observed, double confidence);

  /** Interval for a rate per {@code perPopulation}, the count interval divided by the population. */
  public Interval forRate(double observed, double population, double perPopulation, double confidence) {
    if (!(population > 0)) throw new IllegalArgumentException("population must be positive: " + population);
    return forCount(observed, confidence).scaled(perPopulation / population);
  }

  static double zFor(double confidence) {
    return new NormalDistribution(0, 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
  }

  static void checkArguments(double observed, double confidence) {
    if (!(observed >= 0) || Double.isInfinite(observed)) {
      throw new IllegalArgumentException("observed count must be a finite non-negative number: " + observed);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must lie in (0, 1): " + confidence);
    }
  }
}
