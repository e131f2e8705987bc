package uk.lacexplorer.stats.regression;

/**
 * Solves weighted least squares, minimising Σ w_i (y_i − x_i·β)², by a Householder QR decomposition of √W·X (as R's
 * {@code lm.wfit}, without pivoting), written on plain arrays because IRLS calls it thousands of times. Throws when
 * the design is rank deficient (collinear covariates) or has no more observations than terms.
 */
public final class WeightedLeastSquares {
  private static final double RANK_TOLERANCE = 1e-10;

  private WeightedLeastSquares() {
  }

  /**
   * @param coefficients β
   * @param unscaledCovariance (X'WX)⁻¹
   */
  public record Solution(double[] coefficients, double[][] unscaledCovariance) {
  }

  public static Solution solve(Design design, double[] y, double[] weights) {
    int n = design.observations();
    int p = design.terms();
    if (y.length != n || weights.length != n) throw new IllegalArgumentException("lengths differ from the design");
    if (n <= p) throw new IllegalArgumentException("%d observations cannot fit %d terms".formatted(n, p));
    double[][] columns = new double[p][n];
    double[] target = new double[n];
    double[] columnNorms = new double[p];
    for (int i = 0; i < n; i++) {
      if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) throw new IllegalArgumentException("bad weight " + weights[i]);
      double root = Math.sqrt(weights[i]);
      for (int j = 0; j < p; j++) {
        columns[j][i] = root * design.get(i, j);
        columnNorms[j] = Math.hypot(columnNorms[j], columns[j][i]);
      }
      target[i] = root * y[i];
    }
    double[][] r = new double[p][p];
    for (int k = 0; k < p; k++) {
      double[] column = columns[k];
      double norm = 0;
      for (int i = k; i < n; i++) norm = Math.hypot(norm, column[i]);
      if (norm <= RANK_TOLERANCE * Math.max(columnNorms[k], Double.MIN_NORMAL)) {
        throw new IllegalArgumentException("the term " + design.names().get(k) + " is collinear with the terms before it");
      }
      double alpha = column[k] > 0 ? -norm : norm;
      // v = column[k..n) − alpha·e_k, stored in place; H = I − 2vv'/v'v.
      column[k] -= alpha;
      double vv = 0;
      for (int i = k; i < n; i++) vv += column[i] * column[i];
      for (int j = k + 1; j < p; j++) reflect(column, columns[j], k, n, vv);
      reflect(column, target, k, n, vv);
      r[k][k] = alpha;
      for (int j = k + 1; j < p; j++) r[k][j] = columns[j][k];
    }
    double[] beta = new double[p];
    for (int j = p - 1; j >= 0; j--) {
      double sum = target[j];
      for (int k = j + 1; k < p; k++) sum -= r[j][k] * beta[k];
      beta[j] = sum / r[j][j];
    }
    return new Solution(beta, inverseOfRtR(r, p));
  }

  /** x ← x − 2 v (v·x) / (v·v) over rows k..n−1. */
  private static void reflect(double[] v, double[] x, int k, int n, double vv) {
    double dot = 0;
    for (int i = k; i < n; i++) dot += v[i] * x[i];
    double factor = 2 * dot / vv;
    for (int i = k; i < n; i++) x[i] -= factor * v[i];
  }

  /** (R'R)⁻¹ = R⁻¹ R⁻ᵀ for the upper-triangular R. */
  private static double[][] inverseOfRtR(double[][] r, int p) {
    double[][] inverse = new double[p][p];
    for (int column = 0; column < p; column++) {
      inverse[column][column] = 1 / r[column][column];
      for (int row = column - 1; row >= 0; row--) {
        double sum = 0;
        for (int k = row + 1; k <= column; k++) sum += r[row][k] * inverse[k][column];
        inverse[row][column] = -sum / r[row][row];
      }
    }
    double[][] covariance = new double[p][p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        double sum = 0;
        for (int k = Math.max(i, j); k < p; k++) sum += inverse[i][k] * inverse[j][k];
        covariance[i][j] = sum;
      }
    }
    return covariance;
  }
}
