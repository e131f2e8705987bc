package uk.lacexplorer.need;

import org.hipparchus.special.Gamma;

/**
 * The leave-one-out deviance −2 Σ log p(yᵢ | μ̂₍₋ᵢ₎): each authority's count scored by the model fitted without it
 * (Poisson, or NB2 at the candidate's θ). Unlike the summed unit deviance it is on one scale for every candidate
 * whatever its θ, so sets can be ranked by it; smaller is better.
 */
final class LooDeviance {
  private LooDeviance() {
  }

  static double of(double[] y, double[] mu, ModelFamily family, double theta) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) sum += logDensity(y[i], mu[i], family, theta);
    return -2 * sum;
  }

  static double logDensity(double y, double mu, ModelFamily family, double theta) {
    if (family == ModelFamily.POISSON) return y * Math.log(mu) - mu - Gamma.logGamma(y + 1);
    return Gamma.logGamma(y + theta) - Gamma.logGamma(theta) - Gamma.logGamma(y + 1)
        + theta * Math.log(theta / (theta + mu)) + y * Math.log(mu / (theta + mu));
  }
}
