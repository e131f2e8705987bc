package uk.lacexplorer.stats.peers;

/**
 * Covariates turned into z-scores, (x − mean) / sd with the sample standard deviation (n − 1), as R's {@code scale}.
 * Rows are observations, columns covariates. Immutable.
 */
public final class Standardised {
  private final double[][] z;
  private final double[] means;
  private final double[] sds;

  private Standardised(double[][] z, double[] means, double[] sds) {
    this.z = z;
    this.means = means;
    this.sds = sds;
  }

  public static Standardised of(double[][] x) {
    int n = x.length;
    if (n < 2) throw new IllegalArgumentException("standardising needs at least 2 observations");
    int p = x[0].length;
    double[] means = new double[p];
    double[] sds = new double[p];
    for (int j = 0; j < p; j++) {
      double sum = 0;
      for (double[] row : x) {
        if (row.length != p || !Double.isFinite(row[j])) throw new IllegalArgumentException("row lengths differ or a value is not finite");
        sum += row[j];
      }
      means[j] = sum / n;
      double squares = 0;
      for (double[] row : x) squares += (row[j] - means[j]) * (row[j] - means[j]);
      sds[j] = Math.sqrt(squares / (n - 1));
      if (!(sds[j] > 0)) throw new IllegalArgumentException("covariate " + j + " is the same for every observation");
    }
    double[][] z = new double[n][p];
    for (int i = 0; i < n; i++) for (int j = 0; j < p; j++) z[i][j] = (x[i][j] - means[j]) / sds[j];
    return new Standardised(z, means, sds);
  }

  public int observations() {
    return z.length;
  }

  public int covariates() {
    return means.length;
  }

  public double[] row(int index) {
    return z[index].clone();
  }

  /** Row {@code index} itself, for this package's loops (callers must not modify it). */
  double[] rowView(int index) {
    return z[index];
  }

  /** The z-scores (a copy). */
  public double[][] values() {
    double[][] copy = new double[z.length][];
    for (int i = 0; i < z.length; i++) copy[i] = z[i].clone();
    return copy;
  }

  public double mean(int covariate) {
    return means[covariate];
  }

  public double sd(int covariate) {
    return sds[covariate];
  }
}
