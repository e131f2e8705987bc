package uk.lacexplorer.stats.glm;

import org.hipparchus.special.Gamma;

/**
 * Count families with the log link. The negative binomial is NB2: Var(Y) = μ + μ²/θ, θ estimated by maximum likelihood
 * ({@link Glm#fit}); the methods here take θ as given (ignored for Poisson).
 */
public enum Family {
  POISSON {
    @Override
    double variance(double mu, double theta) {
      return mu;
    }

    @Override
    double unitDeviance(double y, double mu, double theta) {
      double ylogy = y > 0 ? y * Math.log(y / mu) : 0;
      return 2 * (ylogy - (y - mu));
    }

    @Override
    double logDensity(double y, double mu, double theta) {
      return (y > 0 ? y * Math.log(mu) : 0) - mu - Gamma.logGamma(y + 1);
    }
  },
  NEGATIVE_BINOMIAL {
    @Override
    double variance(double mu, double theta) {
      return mu + mu * mu / theta;
    }

    @Override
    double unitDeviance(double y, double mu, double theta) {
      // As R's negative.binomial()$dev.resids.
      return 2 * (y * Math.log(Math.max(1, y) / mu) - (y + theta) * Math.log((y + theta) / (mu + theta)));
    }

    @Override
    double logDensity(double y, double mu, double theta) {
      return Gamma.logGamma(theta + y) - Gamma.logGamma(theta) - Gamma.logGamma(y + 1) + theta * Math.log(theta)
          + (y > 0 ? y * Math.log(mu) : 0) - (theta + y) * Math.log(theta + mu);
    }
  };

  abstract double variance(double mu, double theta);

  abstract double unitDeviance(double y, double mu, double theta);

  abstract double logDensity(double y, double mu, double theta);

  /** IRLS weight for the log link: (dμ/dη)² / V(μ) = μ² / V(μ). */
  double workingWeight(double mu, double theta) {
    return mu * mu / variance(mu, theta);
  }
}
