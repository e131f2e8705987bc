package uk.lacexplorer.stats.changepoint;

/** Cholesky solution and inverse of a small symmetric positive-definite matrix given by its lower triangle. */
final class Cholesky {
  private Cholesky() {
  }

  static double[][] factor(double[][] lowerTriangle) {
    int p = lowerTriangle.length;
    double[][] l = new double[p][p];
    for (int j = 0; j < p; j++) {
      double diagonal = lowerTriangle[j][j];
      for (int k = 0; k < j; k++) diagonal -= l[j][k] * l[j][k];
      if (!(diagonal > 0)) throw new ArithmeticException("the design is singular (a break year leaves too few points)");
      l[j][j] = Math.sqrt(diagonal);
      for (int i = j + 1; i < p; i++) {
        double value = lowerTriangle[i][j];
        for (int k = 0; k < j; k++) value -= l[i][k] * l[j][k];
        l[i][j] = value / l[j][j];
      }
    }
    return l;
  }

  private static double[] solveFactored(double[][] l, double[] b) {
    int p = b.length;
    double[] z = new double[p];
    for (int i = 0; i < p; i++) {
      double value = b[i];
      for (int k = 0; k < i; k++) value -= l[i][k] * z[k];
      z[i] = value / l[i][i];
    }
    double[] x = new double[p];
    for (int i = p - 1; i >= 0; i--) {
      double value = z[i];
      for (int k = i + 1; k < p; k++) value -= l[k][i] * x[k];
      x[i] = value / l[i][i];
    }
    return x;
  }

  static double[][] inverse(double[][] lowerTriangle) {
    double[][] l = factor(lowerTriangle);
    int p = l.length;
    double[][] inverse = new double[p][];
    for (int j = 0; j < p; j++) {
      double[] unit = new double[p];
      unit[j] = 1;
      inverse[j] = solveFactored(l, unit);
    }
    return inverse;
  }

  /**
   * Solves A x = b for A given by the lower triangle of the row-major p×p array {@code a}, without allocating:
   * {@code factor} receives L, {@code x} the solution.
   */
  static void solveInPlace(double[] a, double[] factor, double[] b, double[] x, int p) {
    for (int j = 0; j < p; j++) {
      double diagonal = a[j * p + j];
      for (int k = 0; k < j; k++) diagonal -= factor[j * p + k] * factor[j * p + k];
      if (!(diagonal > 0)) throw new ArithmeticException("the design is singular (a break year leaves too few points)");
      double root = Math.sqrt(diagonal);
      factor[j * p + j] = root;
      for (int i = j + 1; i < p; i++) {
        double value = a[i * p + j];
        for (int k = 0; k < j; k++) value -= factor[i * p + k] * factor[j * p + k];
        factor[i * p + j] = value / root;
      }
    }
    for (int i = 0; i < p; i++) {
      double value = b[i];
      for (int k = 0; k < i; k++) value -= factor[i * p + k] * x[k];
      x[i] = value / factor[i * p + i];
    }
    for (int i = p - 1; i >= 0; i--) {
      double value = x[i];
      for (int k = i + 1; k < p; k++) value -= factor[k * p + i] * x[k];
      x[i] = value / factor[i * p + i];
    }
  }
}
