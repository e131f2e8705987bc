package uk.lacexplorer.stats.glm;

import uk.lacexplorer.stats.regression.Design;

/**
 * Leave-one-out expectations: each observation's expected count from the model fitted to all the others, so no
 * authority sets its own benchmark. Each refit starts from the full fit's means (and θ), which it is close to.
 */
public final class LeaveOneOut {
  /** θ settles to 1e-10 relative here (1e-12 for a reported fit): expectations move by far less than 1e-9. */
  private static final double THETA_TOLERANCE = 1e-10;

  private LeaveOneOut() {
  }

  public static double[] expected(Design design, double[] y, double[] offset, Family family) {
    GlmFit full = Glm.fit(design, y, offset, family);
    double[] expected = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      Design reduced = design.without(i);
      double[] keptY = without(y, i);
      double[] keptOffset = without(offset, i);
      double[] start = without(full.fitted(), i);
      double[] beta = family == Family.POISSON
          ? Irls.fit(reduced, keptY, keptOffset, Family.POISSON, Double.NaN, start).beta()
          : Glm.negativeBinomial(reduced, keptY, keptOffset, start, full.theta(), THETA_TOLERANCE).result().beta();
      expected[i] = Math.exp(design.linear(i, beta) + offset[i]);
    }
    return expected;
  }

  static double[] without(double[] values, int index) {
    double[] kept = new double[values.length - 1];
    for (int i = 0, k = 0; i < values.length; i++) if (i != index) kept[k++] = values[i];
    return kept;
  }
}
