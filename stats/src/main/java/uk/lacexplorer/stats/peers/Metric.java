package uk.lacexplorer.stats.peers;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/** A distance between two standardised covariate profiles. Implementations are immutable and thread-safe. */
public sealed interface Metric permits Metric.Euclidean, Metric.Weighted, Metric.Mahalanobis {

  double distance(double[] a, double[] b);

  static Metric euclidean() {
    return new Euclidean();
  }

  /** √Σ w_j (a_j − b_j)²; weights must be non-negative and not all zero. */
  static Metric weighted(double[] weights) {
    return new Weighted(weights);
  }

  /** √((a − b)' S⁻¹ (a − b)) with S the sample covariance of the standardised data (their correlation matrix). */
  static Metric mahalanobis(Standardised data) {
    return Mahalanobis.of(data);
  }

  record Euclidean() implements Metric {
    @Override
    public double distance(double[] a, double[] b) {
      double sum = 0;
      for (int j = 0; j < a.length; j++) sum += (a[j] - b[j]) * (a[j] - b[j]);
      return Math.sqrt(sum);
    }
  }

  record Weighted(double[] weights) implements Metric {
    public Weighted {
      double total = 0;
      for (double w : weights) {
        if (!(w >= 0) || !Double.isFinite(w)) throw new IllegalArgumentException("weights must be non-negative: " + w);
        total += w;
      }
      if (total == 0) throw new IllegalArgumentException("at least one weight must be positive");
      weights = weights.clone();
    }

    @Override
    public double distance(double[] a, double[] b) {
      if (a.length != weights.length) throw new IllegalArgumentException("%d weights for %d covariates".formatted(weights.length, a.length));
      double sum = 0;
      for (int j = 0; j < a.length; j++) sum += weights[j] * (a[j] - b[j]) * (a[j] - b[j]);
      return Math.sqrt(sum);
    }
  }

  record Mahalanobis(double[][] inverseCovariance) implements Metric {
    static Mahalanobis of(Standardised data) {
      int n = data.observations();
      int p = data.covariates();
      double[][] z = data.values();
      double[][] covariance = new double[p][p];
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < p; k++) {
          double sum = 0;
          for (double[] row : z) sum += row[j] * row[k];
          covariance[j][k] = sum / (n - 1);
        }
      }
      RealMatrix inverse;
      try {
        inverse = new CholeskyDecomposition(MatrixUtils.createRealMatrix(covariance), 1e-10, 1e-12).getSolver().getInverse();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("the covariates are collinear, so Mahalanobis distances are undefined", e);
      }
      return new Mahalanobis(inverse.getData());
    }

    @Override
    public double distance(double[] a, double[] b) {
      int p = a.length;
      double sum = 0;
      for (int j = 0; j < p; j++) {
        for (int k = 0; k < p; k++) sum += (a[j] - b[j]) * inverseCovariance[j][k] * (a[k] - b[k]);
      }
      return Math.sqrt(Math.max(0, sum));
    }
  }
}
