package uk.lacexplorer.stats.glm;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Gamma;

/**
 * The maximum-likelihood θ of a negative binomial (NB2) for given means, as R's {@code MASS::theta.ml}: a root of the
 * score Σ[ψ(θ+y) − ψ(θ) + log θ + 1 − log(θ+μ) − (y+θ)/(μ+θ)], bracketed by Brent's method on log θ and polished by
 * Newton steps using the observed information (trigamma). The standard error is 1/√information.
 */
final class ThetaMaximumLikelihood {
  static final double LOWEST = 1e-4;
  static final double HIGHEST = 1e8;

  private ThetaMaximumLikelihood() {
  }

  record Estimate(double theta, double se) {
  }

  static Estimate estimate(double[] y, double[] mu) {
    double lowLog = Math.log(LOWEST);
    double highLog = Math.log(HIGHEST);
    if (score(y, mu, HIGHEST) > 0) {
      throw new IllegalArgumentException("no overdispersion: the likelihood keeps rising as theta grows; use the Poisson family");
    }
    if (score(y, mu, LOWEST) < 0) throw new IllegalArgumentException("theta is below " + LOWEST + ": the counts are too dispersed");
    BrentSolver solver = new BrentSolver(1e-14, 1e-12);
    double theta = Math.exp(solver.solve(500, t -> score(y, mu, Math.exp(t)), lowLog, highLog));
    for (int step = 0; step < 3; step++) {
      double next = theta + score(y, mu, theta) / information(y, mu, theta);
      if (!(next > 0) || !Double.isFinite(next)) break;
      theta = next;
    }
    return new Estimate(theta, 1 / Math.sqrt(information(y, mu, theta)));
  }

  static double score(double[] y, double[] mu, double theta) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += digammaDifference(theta, y[i]) + Math.log(theta) + 1 - Math.log(theta + mu[i])
          - (y[i] + theta) / (mu[i] + theta);
    }
    return sum;
  }

  /**
   * ψ(θ+y) − ψ(θ). For a whole count y this is exactly Σ_{k<y} 1/(θ+k), summed directly: Hipparchus's digamma is
   * accurate only to about 3e-9, which would move θ by about 1e-7 relative. Other y use {@link Gamma#digamma}.
   */
  static double digammaDifference(double theta, double y) {
    if (y != Math.rint(y) || y > 100_000) return Gamma.digamma(theta + y) - Gamma.digamma(theta);
    double sum = 0;
    for (int k = (int) y - 1; k >= 0; k--) sum += 1 / (theta + k);
    return sum;
  }

  /** Minus the second derivative of the log-likelihood in θ. */
  static double information(double[] y, double[] mu, double theta) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += -Gamma.trigamma(theta + y[i]) + Gamma.trigamma(theta) - 1 / theta + 2 / (mu[i] + theta)
          - (y[i] + theta) / ((mu[i] + theta) * (mu[i] + theta));
    }
    return sum;
  }
}
