package uk.lacexplorer.stats.glm;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.special.Gamma;

/**
 * The maximum-likelihood θ of a negative binomial (NB2) for given means, as R's {@code MASS::theta.ml}: the root of the
 * score Σ[ψ(θ+y) − ψ(θ) + log θ + 1 − log(θ+μ) − (y+θ)/(μ+θ)], found by Newton steps on the observed information
 * (Hipparchus trigamma) from a starting θ, or bracketed by Brent's method on log θ when there is no start or Newton
 * strays. The standard error is 1/√information.
 */
final class ThetaMaximumLikelihood {
  static final double LOWEST = 1e-4;
  static final double HIGHEST = 1e8;
  private static final int NEWTON_STEPS = 30;
  private static final double NEWTON_TOLERANCE = 1e-13;

  private ThetaMaximumLikelihood() {
  }

  record Estimate(double theta, double se) {
  }

  /** From scratch: Brent's method over [1e-4, 1e8], then Newton polishing. */
  static Estimate estimate(double[] y, double[] mu) {
    return estimate(y, mu, Double.NaN);
  }

  /** Newton from {@code start} (e.g. the θ of the previous alternation); Brent when it is NaN or Newton fails. */
  static Estimate estimate(double[] y, double[] mu, double start) {
    double theta = Double.isNaN(start) ? Double.NaN : newton(y, mu, start);
    if (Double.isNaN(theta)) theta = newton(y, mu, bracketed(y, mu));
    if (Double.isNaN(theta)) throw new ArithmeticException("theta did not converge");
    return new Estimate(theta, 1 / Math.sqrt(information(y, mu, theta)));
  }

  private static double bracketed(double[] y, double[] mu) {
    if (score(y, mu, HIGHEST) > 0) {
      throw new NoOverdispersionException();
    }
    if (score(y, mu, LOWEST) < 0) throw new IllegalArgumentException("theta is below " + LOWEST + ": the counts are too dispersed");
    BrentSolver solver = new BrentSolver(1e-12, 1e-10);
    return Math.exp(solver.solve(500, t -> score(y, mu, Math.exp(t)), Math.log(LOWEST), Math.log(HIGHEST)));
  }

  /** Newton's method; NaN when it leaves (0, ∞) or does not settle. */
  private static double newton(double[] y, double[] mu, double start) {
    double theta = start;
    for (int step = 0; step < NEWTON_STEPS; step++) {
      double information = information(y, mu, theta);
      if (!(information > 0)) return Double.NaN;
      double change = score(y, mu, theta) / information;
      double next = theta + change;
      if (!(next > 0) || !Double.isFinite(next)) return Double.NaN;
      theta = next;
      if (Math.abs(change) <= NEWTON_TOLERANCE * theta) return theta;
    }
    return Double.NaN;
  }

  static double score(double[] y, double[] mu, double theta) {
    double digammaTheta = digamma(theta);
    double logTheta = Math.log(theta);
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double difference = y[i] == Math.rint(y[i]) && y[i] <= 32 ? reciprocalSum(theta, y[i])
          : digamma(theta + y[i]) - digammaTheta;
      sum += difference + logTheta + 1 - Math.log(theta + mu[i]) - (y[i] + theta) / (mu[i] + theta);
    }
    return sum;
  }

  /** Σ_{k<y} 1/(θ+k) for a whole y. */
  private static double reciprocalSum(double theta, double y) {
    double sum = 0;
    for (int k = (int) y - 1; k >= 0; k--) sum += 1 / (theta + k);
    return sum;
  }

  /**
   * ψ(θ+y) − ψ(θ): for a small whole count exactly Σ_{k<y} 1/(θ+k), otherwise from {@link #digamma}. (Hipparchus's
   * digamma is accurate only to about 3e-9, which would move θ by about 1e-7 relative.)
   */
  static double digammaDifference(double theta, double y) {
    if (y == Math.rint(y) && y <= 32) return reciprocalSum(theta, y);
    return digamma(theta + y) - digamma(theta);
  }

  /**
   * ψ(x) for x &gt; 0 to about 1e-15: the recurrence ψ(x) = ψ(x+1) − 1/x up to x ≥ 10, then the asymptotic series
   * ln x − 1/(2x) − Σ B_2k / (2k x^2k) to the x⁻¹⁴ term (the next term is below 1e-16 there).
   */
  static double digamma(double x) {
    double result = 0;
    while (x < 10) {
      result -= 1 / x;
      x += 1;
    }
    double f = 1 / (x * x);
    double series = f * (-1.0 / 12 + f * (1.0 / 120 + f * (-1.0 / 252 + f * (1.0 / 240 + f * (-1.0 / 132
        + f * (691.0 / 32760 + f * (-1.0 / 12)))))));
    return result + Math.log(x) - 0.5 / x + series;
  }

  /** Minus the second derivative of the log-likelihood in θ. */
  static double information(double[] y, double[] mu, double theta) {
    double trigammaTheta = Gamma.trigamma(theta);
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += -Gamma.trigamma(theta + y[i]) + trigammaTheta - 1 / theta + 2 / (mu[i] + theta)
          - (y[i] + theta) / ((mu[i] + theta) * (mu[i] + theta));
    }
    return sum;
  }
}
