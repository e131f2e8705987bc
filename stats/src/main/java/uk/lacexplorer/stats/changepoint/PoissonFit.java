package uk.lacexplorer.stats.changepoint;

/**
 * A Poisson log-linear fit with an offset by iteratively reweighted least squares, as R's
 * {@code glm(family = poisson)}: iterations until the deviance changes by less than 1e-10 relative, then one more
 * (Newton's quadratic convergence takes the coefficients to machine precision). Small and allocation-light
 * for the grid search over break years; the normal equations (at most a few columns) are solved by Cholesky.
 *
 * @param coefficients β
 * @param fitted μ̂
 */
record PoissonFit(double[][] x, double[] y, double[] coefficients, double[] fitted, double deviance) {
  private static final int MAX_ITERATIONS = 100;
  /** Relative change of the deviance below which one more Newton step finishes the fit (quadratic convergence). */
  private static final double TOLERANCE = 1e-10;

  static PoissonFit fit(double[][] x, double[] y, double[] offset) {
    double[] start = new double[y.length];
    for (int i = 0; i < y.length; i++) start[i] = y[i] + 0.1;
    return fit(x, y, offset, start);
  }

  /** Starting from the means {@code start} (e.g. a neighbouring model's fit, which saves iterations). */
  static PoissonFit fit(double[][] x, double[] y, double[] offset, double[] start) {
    int n = y.length;
    int p = x[0].length;
    double[] mu = start.clone();
    double[] eta = new double[n];
    double sumYLogY = 0;
    for (int i = 0; i < n; i++) {
      eta[i] = Math.log(mu[i]);
      if (y[i] > 0) sumYLogY += y[i] * Math.log(y[i]);
    }
    double deviance = deviance(y, mu, eta, sumYLogY);
    double[] beta = new double[p];
    double[] information = new double[p * p];
    double[] factor = new double[p * p];
    double[] score = new double[p];
    double[] solution = new double[p];
    boolean last = false;
    boolean settled = false;
    for (int iteration = 0; iteration < MAX_ITERATIONS && !settled; iteration++) {
      java.util.Arrays.fill(score, 0);
      java.util.Arrays.fill(information, 0);
      for (int i = 0; i < n; i++) {
        double[] row = x[i];
        double working = eta[i] - offset[i] + (y[i] - mu[i]) / mu[i];
        for (int j = 0; j < p; j++) {
          double wx = mu[i] * row[j];
          score[j] += wx * working;
          for (int k = 0; k <= j; k++) information[j * p + k] += wx * row[k];
        }
      }
      Cholesky.solveInPlace(information, factor, score, solution, p);
      System.arraycopy(solution, 0, beta, 0, p);
      for (int i = 0; i < n; i++) {
        double[] row = x[i];
        double linear = offset[i];
        for (int j = 0; j < p; j++) linear += row[j] * beta[j];
        eta[i] = linear;
        mu[i] = Math.exp(linear);
      }
      double next = deviance(y, mu, eta, sumYLogY);
      boolean converged = Math.abs(next - deviance) / (Math.abs(next) + 0.1) < TOLERANCE;
      deviance = next;
      settled = last;
      last = converged;
    }
    if (!settled) {
      throw new ArithmeticException("the Poisson fit did not converge in " + MAX_ITERATIONS + " iterations");
    }
    return new PoissonFit(x, y, beta, mu, deviance(y, mu));
  }

  /** (X'WX)⁻¹ at the fitted means (dispersion 1). */
  double[][] covariance() {
    int p = coefficients.length;
    double[][] information = new double[p][p];
    for (int i = 0; i < y.length; i++) {
      for (int j = 0; j < p; j++) {
        for (int k = 0; k <= j; k++) information[j][k] += fitted[i] * x[i][j] * x[i][k];
      }
    }
    return Cholesky.inverse(information);
  }

  /** Pearson χ² = Σ (y − μ̂)² / μ̂. */
  double pearson() {
    double sum = 0;
    for (int i = 0; i < y.length; i++) sum += (y[i] - fitted[i]) * (y[i] - fitted[i]) / fitted[i];
    return sum;
  }

  /** 2Σ[y log y − y η − (y − μ)] with η = log μ already at hand, so no logarithm per iteration. */
  private static double deviance(double[] y, double[] mu, double[] eta, double sumYLogY) {
    double sum = sumYLogY;
    for (int i = 0; i < y.length; i++) sum -= y[i] * eta[i] + (y[i] - mu[i]);
    return 2 * sum;
  }

  static double deviance(double[] y, double[] mu) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      sum += 2 * ((y[i] > 0 ? y[i] * Math.log(y[i] / mu[i]) : 0) - (y[i] - mu[i]));
    }
    return sum;
  }
}
