package uk.lacexplorer.stats.glm;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.distribution.continuous.NormalDistribution;
import uk.lacexplorer.stats.regression.Coefficient;
import uk.lacexplorer.stats.regression.Design;

/**
 * Fits count GLMs with a log link and offset, as R's {@code glm(family = poisson)} and {@code MASS::glm.nb}: for the
 * negative binomial, IRLS with θ fixed alternates with the maximum-likelihood θ until both settle. Standard errors use
 * dispersion 1 (Wald z tests and intervals), the null deviance is the intercept-only model with the same offset (and θ),
 * and AIC is −2 log L + 2 × parameters (θ counted as one). Stateless and thread-safe.
 */
public final class Glm {
  private static final int MAX_ALTERNATIONS = 100;
  private static final double THETA_TOLERANCE = 1e-12;
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
  private static final double Z975 = NORMAL.inverseCumulativeProbability(0.975);

  private Glm() {
  }

  /**
   * @param y counts (non-negative; need not be integers, e.g. counts rounded at source are fine)
   * @param offset log of the exposure (e.g. log population), one per observation
   */
  public static GlmFit fit(Design design, double[] y, double[] offset, Family family) {
    validate(design, y, offset);
    double[] start = new double[y.length];
    for (int i = 0; i < y.length; i++) start[i] = y[i] + 0.1;
    Irls.Result poisson = Irls.fit(design, y, offset, Family.POISSON, Double.NaN, start);
    if (family == Family.POISSON) return summarise(design, y, offset, family, poisson, Double.NaN, Double.NaN);
    NegativeBinomialFit nb = negativeBinomial(design, y, offset, poisson.mu(), Double.NaN, THETA_TOLERANCE);
    return summarise(design, y, offset, family, nb.result(), nb.theta().theta(), nb.theta().se());
  }

  record NegativeBinomialFit(Irls.Result result, ThetaMaximumLikelihood.Estimate theta) {
  }

  /** Alternates IRLS with θ fixed and the θ of the current means until θ settles; starts from given means and θ. */
  static NegativeBinomialFit negativeBinomial(Design design, double[] y, double[] offset, double[] startMu,
                                              double startTheta, double thetaTolerance) {
    Irls.Result current = null;
    double[] mu = startMu;
    ThetaMaximumLikelihood.Estimate theta = ThetaMaximumLikelihood.estimate(y, mu, startTheta);
    for (int alternation = 0; alternation < MAX_ALTERNATIONS; alternation++) {
      current = Irls.fit(design, y, offset, Family.NEGATIVE_BINOMIAL, theta.theta(), mu);
      mu = current.mu();
      ThetaMaximumLikelihood.Estimate next = ThetaMaximumLikelihood.estimate(y, mu, theta.theta());
      boolean settled = Math.abs(next.theta() - theta.theta()) <= thetaTolerance * theta.theta();
      theta = next;
      if (settled) {
        return new NegativeBinomialFit(Irls.fit(design, y, offset, Family.NEGATIVE_BINOMIAL, theta.theta(), mu), theta);
      }
    }
    throw new ArithmeticException("theta did not settle in " + MAX_ALTERNATIONS + " alternations");
  }

  private static GlmFit summarise(Design design, double[] y, double[] offset, Family family, Irls.Result result,
                                  double theta, double thetaSe) {
    List<Coefficient> coefficients = new ArrayList<>();
    for (int j = 0; j < design.terms(); j++) {
      double estimate = result.beta()[j];
      double se = Math.sqrt(result.covariance()[j][j]);
      double z = estimate / se;
      coefficients.add(new Coefficient(design.names().get(j), estimate, se, z, 2 * NORMAL.cumulativeProbability(-Math.abs(z)),
          estimate - Z975 * se, estimate + Z975 * se));
    }
    double[] mu = result.mu();
    double logLikelihood = 0;
    double pearson = 0;
    for (int i = 0; i < y.length; i++) {
      logLikelihood += family.logDensity(y[i], mu[i], theta);
      pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / family.variance(mu[i], theta);
    }
    int parameters = design.terms() + (family == Family.NEGATIVE_BINOMIAL ? 1 : 0);
    double nullDeviance = nullDeviance(design, y, offset, family, theta, mu);
    return new GlmFit(family, coefficients, result.covariance(), mu, result.deviance(), nullDeviance,
        y.length - design.terms(), logLikelihood, -2 * logLikelihood + 2 * parameters, theta, thetaSe, pearson,
        result.iterations());
  }

  private static double nullDeviance(Design design, double[] y, double[] offset, Family family, double theta, double[] mu) {
    if (!design.hasIntercept()) {
      double[] exposure = new double[y.length];
      for (int i = 0; i < y.length; i++) exposure[i] = Math.exp(offset[i]);
      return Irls.deviance(y, exposure, family, theta);
    }
    return Irls.fit(design.interceptOnly(), y, offset, family, theta, mu).deviance();
  }

  private static void validate(Design design, double[] y, double[] offset) {
    if (y.length != design.observations() || offset.length != y.length) {
      throw new IllegalArgumentException("the counts, offsets and design differ in length");
    }
    for (int i = 0; i < y.length; i++) {
      if (!(y[i] >= 0) || !Double.isFinite(y[i])) throw new IllegalArgumentException("count %d is not a non-negative number: %s".formatted(i, y[i]));
      if (!Double.isFinite(offset[i])) throw new IllegalArgumentException("offset %d is not finite".formatted(i));
    }
  }
}
