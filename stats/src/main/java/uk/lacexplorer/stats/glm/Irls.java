package uk.lacexplorer.stats.glm;

import uk.lacexplorer.stats.regression.Design;
import uk.lacexplorer.stats.regression.WeightedLeastSquares;

/** Iteratively reweighted least squares for a log-link count GLM with offset and a fixed θ. */
final class Irls {
  static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-13;
  private static final double NOISE = 1e-9;

  private Irls() {
  }

  /** The converged fit: coefficients, (X'WX)⁻¹, fitted means, deviance and the iterations used. */
  record Result(double[] beta, double[][] covariance, double[] mu, double deviance, int iterations) {
  }

  /** Fits from the starting means {@code mu0} (e.g. y + 0.1, as R's Poisson initialisation). */
  static Result fit(Design design, double[] y, double[] offset, Family family, double theta, double[] mu0) {
    int n = y.length;
    double[] mu = mu0.clone();
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) eta[i] = Math.log(mu[i]);
    double deviance = deviance(y, mu, family, theta);
    WeightedLeastSquares.Solution solution = null;
    for (int iteration = 1; iteration <= MAX_ITERATIONS; iteration++) {
      double[] z = new double[n];
      double[] w = new double[n];
      for (int i = 0; i < n; i++) {
        z[i] = eta[i] - offset[i] + (y[i] - mu[i]) / mu[i];
        w[i] = family.workingWeight(mu[i], theta);
      }
      solution = WeightedLeastSquares.solve(design, z, w);
      for (int i = 0; i < n; i++) {
        eta[i] = design.linear(i, solution.coefficients()) + offset[i];
        mu[i] = Math.exp(eta[i]);
      }
      double previous = deviance;
      deviance = deviance(y, mu, family, theta);
      if (!Double.isFinite(deviance)) throw new ArithmeticException("the model diverged (non-finite deviance)");
      double change = Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1);
      // Converged: the deviance has stopped changing, or it has stopped falling at the level of rounding.
      if (change < TOLERANCE || (change < NOISE && deviance >= previous)) {
        return finish(design, y, offset, family, theta, solution, iteration);
      }
    }
    throw new ArithmeticException("the model did not converge in " + MAX_ITERATIONS + " iterations");
  }

  /** Recomputes (X'WX)⁻¹ at the final means, so standard errors match the returned coefficients exactly. */
  private static Result finish(Design design, double[] y, double[] offset, Family family, double theta,
                               WeightedLeastSquares.Solution solution, int iterations) {
    int n = y.length;
    double[] beta = solution.coefficients();
    double[] mu = new double[n];
    double[] z = new double[n];
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      double eta = design.linear(i, beta) + offset[i];
      mu[i] = Math.exp(eta);
      z[i] = eta - offset[i] + (y[i] - mu[i]) / mu[i];
      w[i] = family.workingWeight(mu[i], theta);
    }
    WeightedLeastSquares.Solution last = WeightedLeastSquares.solve(design, z, w);
    double[] finalMu = new double[n];
    for (int i = 0; i < n; i++) finalMu[i] = Math.exp(design.linear(i, last.coefficients()) + offset[i]);
    return new Result(last.coefficients(), last.unscaledCovariance(), finalMu, deviance(y, finalMu, family, theta),
        iterations + 1);
  }

  static double deviance(double[] y, double[] mu, Family family, double theta) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) sum += family.unitDeviance(y[i], mu[i], theta);
    return sum;
  }
}
