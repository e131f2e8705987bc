package uk.lacexplorer.stats.changepoint;

/**
 * A Poisson log-linear fit with an offset by iteratively reweighted least squares, as R's
 * {@code glm(family = poisson)} (here with a convergence tolerance of 1e-13 on the deviance). Small and allocation-light
 * for the grid search over break years; the normal equations (at most a few columns) are solved by Cholesky.
 *
 * @param coefficients β
 * @param covariance (X'WX)⁻¹ at the fit (dispersion 1)
 * @param fitted μ̂
 */
record PoissonFit(double[] coefficients, double[][] covariance, double[] fitted, double deviance, double pearson) {
  private static final int MAX_ITERATIONS = 100;
  private static final double TOLERANCE = 1e-13;

  static PoissonFit fit(double[][] x, double[] y, double[] offset) {
    int n = y.length;
    int p = x[0].length;
    double[] mu = new double[n];
    double[] eta = new double[n];
    for (int i = 0; i < n; i++) {
      mu[i] = y[i] + 0.1;
      eta[i] = Math.log(mu[i]);
    }
    double deviance = deviance(y, mu);
    double[] beta = new double[p];
    double[][] information = new double[p][p];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] score = new double[p];
      for (double[] row : information) java.util.Arrays.fill(row, 0);
      for (int i = 0; i < n; i++) {
        double working = eta[i] - offset[i] + (y[i] - mu[i]) / mu[i];
        for (int j = 0; j < p; j++) {
          double wx = mu[i] * x[i][j];
          score[j] += wx * working;
          for (int k = 0; k <= j; k++) information[j][k] += wx * x[i][k];
        }
      }
      beta = Cholesky.solve(information, score);
      for (int i = 0; i < n; i++) {
        double linear = offset[i];
        for (int j = 0; j < p; j++) linear += x[i][j] * beta[j];
        eta[i] = linear;
        mu[i] = Math.exp(linear);
      }
      double next = deviance(y, mu);
      boolean converged = Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE;
      deviance = next;
      if (converged) break;
    }
    // Covariance at the final means.
    for (double[] row : information) java.util.Arrays.fill(row, 0);
    double pearson = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < p; j++) {
        for (int k = 0; k <= j; k++) information[j][k] += mu[i] * x[i][j] * x[i][k];
      }
      pearson += (y[i] - mu[i]) * (y[i] - mu[i]) / mu[i];
    }
    return new PoissonFit(beta, Cholesky.inverse(information), mu, deviance, pearson);
  }

  static double deviance(double[] y, double[] mu) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
    }
    return sum;
  }
}
