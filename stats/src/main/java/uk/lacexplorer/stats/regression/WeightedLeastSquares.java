package uk.lacexplorer.stats.regression;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.QRDecomposition;
import org.hipparchus.linear.RealMatrix;

/**
 * Solves weighted least squares, minimising Σ w_i (y_i − x_i·β)², by a QR decomposition of √W·X. Throws when the
 * design is rank deficient (collinear covariates) or has no more observations than terms.
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
    double[][] scaled = new double[n][p];
    double[] target = new double[n];
    for (int i = 0; i < n; i++) {
      if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) throw new IllegalArgumentException("bad weight " + weights[i]);
      double root = Math.sqrt(weights[i]);
      for (int j = 0; j < p; j++) scaled[i][j] = root * design.get(i, j);
      target[i] = root * y[i];
    }
    QRDecomposition qr = new QRDecomposition(MatrixUtils.createRealMatrix(scaled), 0);
    RealMatrix r = qr.getR().getSubMatrix(0, p - 1, 0, p - 1);
    double largest = 0;
    for (int j = 0; j < p; j++) largest = Math.max(largest, Math.abs(r.getEntry(j, j)));
    for (int j = 0; j < p; j++) {
      if (Math.abs(r.getEntry(j, j)) <= RANK_TOLERANCE * largest) {
        throw new IllegalArgumentException("the term " + design.names().get(j) + " is collinear with the terms before it");
      }
    }
    // The solver applies the Householder reflections to y without forming the n × n matrix Q.
    double[] beta = qr.getSolver().solve(MatrixUtils.createRealVector(target)).toArray();
    return new Solution(beta, inverseOfRtR(r, p));
  }

  /** (R'R)⁻¹ = R⁻¹ R⁻ᵀ for the upper-triangular R. */
  private static double[][] inverseOfRtR(RealMatrix r, int p) {
    double[][] inverse = new double[p][p];
    for (int column = 0; column < p; column++) {
      inverse[column][column] = 1 / r.getEntry(column, column);
      for (int row = column - 1; row >= 0; row--) {
        double sum = 0;
        for (int k = row + 1; k <= column; k++) sum += r.getEntry(row, k) * inverse[k][column];
        inverse[row][column] = -sum / r.getEntry(row, row);
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
